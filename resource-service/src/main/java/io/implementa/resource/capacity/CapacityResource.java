package io.implementa.resource.capacity;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.RequiresGlobalRole;
import io.implementa.resource.capacity.CapacityApi.AbsencePage;
import io.implementa.resource.capacity.CapacityApi.AbsenceView;
import io.implementa.resource.capacity.CapacityApi.CapacityView;
import io.implementa.resource.capacity.CapacityApi.CreateAbsenceRequest;
import io.implementa.resource.capacity.CapacityApi.WorkingCalendarRequest;
import io.implementa.resource.capacity.CapacityApi.WorkingCalendarView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A resource's working calendar, absences and capacity over HTTP. */
@Path("/api/v1/resources/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity")
public class CapacityResource {

    private final CapacityService capacity;

    public CapacityResource(CapacityService capacity) {
        this.capacity = capacity;
    }

    @GET
    @Path("/working-calendar")
    @Operation(operationId = "getWorkingCalendar", summary = "A resource's working week",
            description = "Hours per weekday and the holiday calendar followed; the standard 8 hours Monday to "
                    + "Friday (custom=false) until one is set.")
    @APIResponse(responseCode = "200", description = "The working calendar",
            headers = @Header(name = "ETag", description = "The calendar's version"),
            content = @Content(schema = @Schema(implementation = WorkingCalendarView.class)))
    public Response workingCalendar(@PathParam("id") UUID resourceId) {
        WorkingCalendarView calendar = capacity.workingCalendar(resourceId);
        return Responses.tagged(calendar, calendar.version());
    }

    @PUT
    @Path("/working-calendar")
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Operation(operationId = "setWorkingCalendar", summary = "Set a resource's working week",
            description = "Replaces the hours of every weekday and the holiday calendar. If-Match is checked when "
                    + "given. Over-allocation is re-checked.")
    @APIResponse(responseCode = "200", description = "The working calendar",
            headers = @Header(name = "ETag", description = "The calendar's new version"),
            content = @Content(schema = @Schema(implementation = WorkingCalendarView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    public Response setWorkingCalendar(@PathParam("id") UUID resourceId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read (optional)") String ifMatch,
            @NotNull @Valid WorkingCalendarRequest request) {
        WorkingCalendarView calendar = capacity.setWorkingCalendar(resourceId,
                ifMatch == null ? IfMatch.of("*") : IfMatch.of(ifMatch), request);
        return Responses.tagged(calendar, calendar.version());
    }

    @POST
    @Path("/absences")
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Operation(operationId = "recordAbsence", summary = "Record leave or another absence",
            description = "Whole days, or hoursPerDay off each day of the range. Over-allocation is re-checked. "
                    + "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The absence",
            headers = @Header(name = "Location", description = "The absence's URL"),
            content = @Content(schema = @Schema(implementation = AbsenceView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    public Response recordAbsence(@PathParam("id") UUID resourceId, @NotNull @Valid CreateAbsenceRequest request,
            @Context UriInfo uri) {
        AbsenceView absence = capacity.recordAbsence(resourceId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(absence.id().toString()).build())
                .entity(absence).build();
    }

    @GET
    @Path("/absences")
    @Operation(operationId = "listAbsences", summary = "A resource's absences",
            description = "Paged; those overlapping from..to when given; sort by startDate or createdAt "
                    + "(default: -startDate).")
    @APIResponse(responseCode = "200", description = "One page of absences",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Absences matching the filter") },
            content = @Content(schema = @Schema(implementation = AbsencePage.class)))
    public Response absences(@PathParam("id") UUID resourceId, @BeanParam @Valid PageRequest page,
            @QueryParam("from") @Parameter(description = "Absences ending on or after", example = "2027-01-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Absences starting on or before", example = "2027-12-31") LocalDate to,
            @Context UriInfo uri) {
        return Paging.ok(capacity.absences(resourceId, from, to, page), uri);
    }

    @DELETE
    @Path("/absences/{absenceId}")
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Operation(operationId = "cancelAbsence", summary = "Cancel an absence",
            description = "The days count as working days again; over-allocation is re-checked.")
    @APIResponse(responseCode = "204", description = "The absence is gone")
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    public Response cancelAbsence(@PathParam("id") UUID resourceId, @PathParam("absenceId") UUID absenceId) {
        if (!capacity.cancelAbsence(resourceId, absenceId)) {
            throw new ProblemException.NotFound("absence", absenceId);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/capacity")
    @Operation(operationId = "getCapacity", summary = "Working hours per period",
            description = "The resource's working hours in each day, ISO week or month of from..to (inclusive, at "
                    + "most 2 years; default: 28 days from today), after holidays and absences.")
    @APIResponse(responseCode = "200", description = "Capacity per period",
            content = @Content(schema = @Schema(implementation = CapacityView.class)))
    public CapacityView capacity(@PathParam("id") UUID resourceId,
            @QueryParam("from") @Parameter(description = "First day; today when absent", example = "2027-03-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day; 27 days after from when absent", example = "2027-03-28") LocalDate to,
            @QueryParam("granularity") @Parameter(description = "DAY, WEEK (default) or MONTH") Granularity granularity) {
        return capacity.capacity(resourceId, from, to, granularity);
    }
}
