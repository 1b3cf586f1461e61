package io.implementa.resource.timesheet;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.resource.timesheet.TimesheetApi.CreateTimesheetRequest;
import io.implementa.resource.timesheet.TimesheetApi.EntryRequest;
import io.implementa.resource.timesheet.TimesheetApi.RejectionRequest;
import io.implementa.resource.timesheet.TimesheetApi.TimesheetPage;
import io.implementa.resource.timesheet.TimesheetApi.TimesheetView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Timesheets over HTTP. A week is seen (hours, never costs) by its person, their manager, resource managers and
 * administrators, and in part (the entries of their projects) by the MANAGER of a project it has hours on; to
 * anyone else it does not exist (404). Who may write is decided from the timesheet's resource before the body
 * is validated, so a caller without the right learns nothing.
 */
@Path("/api/v1/timesheets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Timesheets", description = "Hours worked per task and day, one week at a time, submitted and approved")
public class TimesheetResource {

    private static final String WRITER = "Neither the timesheet's person nor a resource manager";

    private final TimesheetService timesheets;
    private final Validator validator;

    public TimesheetResource(TimesheetService timesheets, Validator validator) {
        this.timesheets = timesheets;
        this.validator = validator;
    }

    @POST
    @Operation(operationId = "createTimesheet", summary = "Open a person's timesheet for an ISO week",
            description = "The person themselves or a resource manager. One timesheet per person and week.")
    @APIResponse(responseCode = "201", description = "The empty timesheet, OPEN",
            headers = @Header(name = "Location", description = "The timesheet's URL"),
            content = @Content(schema = @Schema(implementation = TimesheetView.class)))
    @APIResponse(responseCode = "403", description = WRITER)
    @APIResponse(responseCode = "409", description = "The week has a timesheet already (timesheet-exists, with "
            + "timesheetId) or the resource is no person (not-a-person)")
    @APIResponse(responseCode = "422", description = "weekStart is no Monday, or resourceId names no resource")
    public Response create(CreateTimesheetRequest request, @Context UriInfo uri) {
        timesheets.requireLogger(request == null ? null : request.resourceId());
        validate(request);
        TimesheetView created = timesheets.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{timesheetId}")
    @Operation(operationId = "getTimesheet", summary = "Read a timesheet with its entries",
            description = "Its person, their manager, resource managers and administrators see the whole week; the "
                    + "MANAGER of a project the entries of that project.")
    @APIResponse(responseCode = "200", description = "The timesheet",
            content = @Content(schema = @Schema(implementation = TimesheetView.class)))
    @APIResponse(responseCode = "404", description = "No such timesheet, or not one the caller may see")
    public TimesheetView get(@PathParam("timesheetId") UUID id) {
        return timesheets.find(id);
    }

    @GET
    @Operation(operationId = "listTimesheets", summary = "List timesheets",
            description = "The timesheets the caller may see (as getTimesheet), paged; filter by resource, status "
                    + "and weeks overlapping from..to; sort by weekStart (default, latest first) or createdAt.")
    @APIResponse(responseCode = "200", description = "One page of timesheets",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Timesheets matching the filter") },
            content = @Content(schema = @Schema(implementation = TimesheetPage.class)))
    public Response list(@BeanParam @Valid PageRequest page,
            @QueryParam("resourceId") UUID resourceId,
            @QueryParam("status") TimesheetStatus status,
            @QueryParam("from") @Parameter(description = "Weeks ending on or after", example = "2027-03-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Weeks starting on or before", example = "2027-03-31") LocalDate to,
            @Context UriInfo uri) {
        return Paging.ok(timesheets.list(resourceId, status, from, to, page), uri);
    }

    @POST
    @Path("/{timesheetId}/entries")
    @Operation(operationId = "logTimesheetHours", summary = "Log hours on a project's task on a day of the week",
            description = "Positive hours, at most 24 a day in all. Only before the week's first approval; after "
                    + "it, hours change through corrections.")
    @APIResponse(responseCode = "200", description = "The timesheet with the new entry",
            content = @Content(schema = @Schema(implementation = TimesheetView.class)))
    @APIResponse(responseCode = "403", description = WRITER)
    @APIResponse(responseCode = "409", description = "The week is submitted (timesheet-submitted) or approved "
            + "(timesheet-approved)")
    @APIResponse(responseCode = "422", description = "The date is outside the week, or the hours are not positive "
            + "or exceed the day")
    public TimesheetView log(@PathParam("timesheetId") UUID id, EntryRequest request) {
        timesheets.requireLogger(timesheets.resourceOf(id));
        validate(request);
        return timesheets.log(id, request);
    }

    @POST
    @Path("/{timesheetId}/corrections")
    @Operation(operationId = "correctTimesheetHours", summary = "Correct approved hours with a new entry",
            description = "After approval, entries are never edited: a correction adds hours (positive) or takes "
                    + "them off (negative, not below what was logged for the same project, task, day and kind "
                    + "of hour). The week is OPEN again until it is submitted and approved; the approval "
                    + "announces the whole approved week again, corrections included.")
    @APIResponse(responseCode = "200", description = "The timesheet with the correction",
            content = @Content(schema = @Schema(implementation = TimesheetView.class)))
    @APIResponse(responseCode = "403", description = WRITER)
    @APIResponse(responseCode = "409", description = "Nothing approved yet (timesheet-not-approved), or the week is "
            + "submitted (timesheet-submitted)")
    @APIResponse(responseCode = "422", description = "Zero hours, a date outside the week, or more taken off than "
            + "was logged")
    public TimesheetView correct(@PathParam("timesheetId") UUID id, EntryRequest request) {
        timesheets.requireLogger(timesheets.resourceOf(id));
        validate(request);
        return timesheets.correct(id, request);
    }

    @DELETE
    @Path("/{timesheetId}/entries/{entryId}")
    @Consumes(MediaType.WILDCARD) // no body is read, so any (or no) Content-Type will do
    @Operation(operationId = "removeTimesheetEntry", summary = "Remove an entry not approved yet")
    @APIResponse(responseCode = "200", description = "The timesheet without the entry",
            content = @Content(schema = @Schema(implementation = TimesheetView.class)))
    @APIResponse(responseCode = "403", description = WRITER)
    @APIResponse(responseCode = "409", description = "The entry is approved (timesheet-approved) or the week "
            + "submitted (timesheet-submitted)")
    public TimesheetView removeEntry(@PathParam("timesheetId") UUID id, @PathParam("entryId") UUID entryId) {
        timesheets.requireLogger(timesheets.resourceOf(id));
        return timesheets.removeEntry(id, entryId);
    }

    @POST
    @Path("/{timesheetId}/submission")
    @Consumes(MediaType.WILDCARD) // no body is read, so any (or no) Content-Type will do
    @Operation(operationId = "submitTimesheet", summary = "Submit the week for approval")
    @APIResponse(responseCode = "200", description = "The SUBMITTED timesheet",
            content = @Content(schema = @Schema(implementation = TimesheetView.class)))
    @APIResponse(responseCode = "403", description = WRITER)
    @APIResponse(responseCode = "409", description = "No hours wait for approval (timesheet-empty), or the week is "
            + "submitted or approved already")
    public TimesheetView submit(@PathParam("timesheetId") UUID id) {
        timesheets.requireLogger(timesheets.resourceOf(id));
        return timesheets.submit(id);
    }

    @POST
    @Path("/{timesheetId}/approval")
    @Consumes(MediaType.WILDCARD) // no body is read, so any (or no) Content-Type will do
    @Operation(operationId = "approveTimesheet", summary = "Approve the submitted hours",
            description = "By the person's manager, or the MANAGER of every project of the hours waiting for "
                    + "approval; never by the person. Prices each entry at the standard or overtime rate "
                    + "effective on its date and announces TimesheetApproved.")
    @APIResponse(responseCode = "200", description = "The APPROVED timesheet",
            content = @Content(schema = @Schema(implementation = TimesheetView.class)))
    @APIResponse(responseCode = "403", description = "Neither the person's manager nor the projects' manager")
    @APIResponse(responseCode = "409", description = "Not submitted (timesheet-not-submitted), no cost rate on a "
            + "day (no-cost-rate), or rates in several currencies (mixed-currencies)")
    public TimesheetView approve(@PathParam("timesheetId") UUID id) {
        return timesheets.approve(id);
    }

    @POST
    @Path("/{timesheetId}/rejection")
    @Operation(operationId = "rejectTimesheet", summary = "Send the submitted hours back with a reason",
            description = "Same approvers as approval; the week is open to changes again (REJECTED).")
    @APIResponse(responseCode = "200", description = "The REJECTED timesheet",
            content = @Content(schema = @Schema(implementation = TimesheetView.class)))
    @APIResponse(responseCode = "403", description = "Neither the person's manager nor the projects' manager")
    @APIResponse(responseCode = "409", description = "Not submitted (timesheet-not-submitted)")
    public TimesheetView reject(@PathParam("timesheetId") UUID id, RejectionRequest request) {
        timesheets.requireApprover(id);
        validate(request);
        return timesheets.reject(id, request.reason());
    }

    private <T> void validate(T request) {
        if (request == null) {
            throw new ProblemException.Unprocessable("body", "must not be null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
