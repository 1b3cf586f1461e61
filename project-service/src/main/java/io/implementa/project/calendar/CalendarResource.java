package io.implementa.project.calendar;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.calendar.CalendarApi.CalendarRequest;
import io.implementa.project.calendar.CalendarApi.CalendarView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The project calendar over HTTP. */
@Path("/api/v1/projects/{projectId}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "The project's working weekdays, holidays and extra working days")
@ReadsProject
public class CalendarResource {

    private final CalendarService calendars;

    public CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Operation(operationId = "getProjectCalendar", summary = "Read the project calendar",
            description = "A project that never set one works Monday to Friday without holidays.")
    @APIResponse(responseCode = "200", description = "The calendar",
            headers = @Header(name = "ETag", description = "The calendar's version"),
            content = @Content(schema = @Schema(implementation = CalendarView.class)))
    public Response get(@PathParam("projectId") UUID projectId) {
        return ok(calendars.find(projectId).orElseThrow(() -> new ProblemException.NotFound("project", projectId)));
    }

    @PUT
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "putProjectCalendar", summary = "Replace the project calendar",
            description = "Replaces weekdays, holidays and extra working days, then reschedules the project in the "
                    + "same transaction. If-Match is required once the calendar has been set. Project managers only.")
    @APIResponse(responseCode = "200", description = "The new calendar",
            headers = @Header(name = "ETag", description = "The calendar's new version"),
            content = @Content(schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response put(@PathParam("projectId") UUID projectId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid CalendarRequest request) {
        return ok(calendars.define(projectId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)));
    }

    private static Response ok(CalendarView view) {
        return Responses.tagged(view, view.version());
    }
}
