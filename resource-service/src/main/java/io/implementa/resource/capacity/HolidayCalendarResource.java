package io.implementa.resource.capacity;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.RequiresGlobalRole;
import io.implementa.resource.capacity.CapacityApi.CreateHolidayCalendarRequest;
import io.implementa.resource.capacity.CapacityApi.HolidayCalendarPage;
import io.implementa.resource.capacity.CapacityApi.HolidayCalendarView;
import io.implementa.resource.capacity.CapacityApi.UpdateHolidayCalendarRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Named holiday calendars over HTTP: everyone reads them, resource managers keep them. */
@Path("/api/v1/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity", description = "Holiday calendars, working calendars, absences and capacity in hours")
public class HolidayCalendarResource {

    private final CapacityService capacity;

    public HolidayCalendarResource(CapacityService capacity) {
        this.capacity = capacity;
    }

    @POST
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Operation(operationId = "createHolidayCalendar", summary = "Define a holiday calendar",
            description = "Names are unique ignoring case; holiday days are unique within a calendar.")
    @APIResponse(responseCode = "201", description = "The calendar",
            headers = { @Header(name = "Location", description = "The calendar's URL"),
                    @Header(name = "ETag", description = "The calendar's version") },
            content = @Content(schema = @Schema(implementation = HolidayCalendarView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    @APIResponse(responseCode = "409", description = "A calendar of that name exists (type duplicate-calendar)")
    public Response create(@NotNull @Valid CreateHolidayCalendarRequest request, @Context UriInfo uri) {
        HolidayCalendarView created = capacity.createCalendar(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{calendarId}")
    @Operation(operationId = "getHolidayCalendar", summary = "Read a holiday calendar")
    @APIResponse(responseCode = "200", description = "The calendar with its holidays",
            headers = @Header(name = "ETag", description = "The calendar's version"),
            content = @Content(schema = @Schema(implementation = HolidayCalendarView.class)))
    public Response get(@PathParam("calendarId") UUID id) {
        HolidayCalendarView calendar = capacity.findCalendar(id)
                .orElseThrow(() -> new ProblemException.NotFound("calendar", id));
        return Responses.tagged(calendar, calendar.version());
    }

    @GET
    @Operation(operationId = "listHolidayCalendars", summary = "List holiday calendars",
            description = "Paged; filter by text in the name; sort by name or createdAt (default: name).")
    @APIResponse(responseCode = "200", description = "One page of calendars",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Calendars matching the filter") },
            content = @Content(schema = @Schema(implementation = HolidayCalendarPage.class)))
    public Response list(@BeanParam @Valid PageRequest page,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in the name") String text,
            @Context UriInfo uri) {
        return Paging.ok(capacity.listCalendars(text, page), uri);
    }

    @PATCH
    @Path("/{calendarId}")
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateHolidayCalendar", summary = "Change a holiday calendar",
            description = "JSON merge patch; holidays replaces the whole list. Requires If-Match. Over-allocation "
                    + "of the resources following the calendar is re-checked.")
    @APIResponse(responseCode = "200", description = "The changed calendar",
            headers = @Header(name = "ETag", description = "The calendar's new version"),
            content = @Content(schema = @Schema(implementation = HolidayCalendarView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    @APIResponse(responseCode = "409", description = "Another calendar has that name (type duplicate-calendar)")
    public Response update(@PathParam("calendarId") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateHolidayCalendarRequest request) {
        HolidayCalendarView calendar = capacity.updateCalendar(id, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("calendar", id));
        return Responses.tagged(calendar, calendar.version());
    }
}
