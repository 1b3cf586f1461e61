package io.implementa.project.schedule;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.schedule.ScheduleApi.ConflictsView;
import io.implementa.project.schedule.ScheduleApi.ScheduleView;
import io.implementa.project.schedule.ScheduleApi.StatusDateRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The computed schedule over HTTP (critical path method; recomputed after every change). */
@Path("/api/v1/projects/{projectId}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "Early/late dates, float, critical flag and critical paths")
@ReadsProject
public class ScheduleResource {

    private final ScheduleService schedules;

    public ScheduleResource(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @Operation(operationId = "getSchedule", summary = "Read the project schedule",
            description = "Per task (outline order): scheduled, early and late start and finish, total and free float "
                    + "(working days), critical flag (total float <= 0, not done); plus the project finish and the "
                    + "critical paths. Dates are working days of the project calendar, inclusive.")
    @APIResponse(responseCode = "200", description = "The schedule",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public ScheduleView get(@PathParam("projectId") UUID projectId,
            @QueryParam("critical") @Parameter(description = "true: only critical tasks") boolean critical) {
        return schedules.view(projectId, critical).orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }

    @GET
    @Path("/conflicts")
    @Operation(operationId = "getScheduleConflicts", summary = "List schedule conflicts",
            description = "Every task with negative total float (a constraint or deadline the network cannot meet: "
                    + "dependencies win over constraints, so conflicts show as negative float and are never hidden), "
                    + "in outline order, with its own unmet SNLT/FNLT/MSO/MFO constraint or deadline in `reasons` and "
                    + "the tasks after or above it whose conflicts its float comes from in `drivenBy`. An empty list "
                    + "when there is none.")
    @APIResponse(responseCode = "200", description = "The conflicts",
            content = @Content(schema = @Schema(implementation = ConflictsView.class)))
    public ConflictsView conflicts(@PathParam("projectId") UUID projectId) {
        return schedules.conflicts(projectId).orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }

    @PUT
    @Path("/status-date")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "putScheduleStatusDate", summary = "Set the status date",
            description = "Remaining work is scheduled from the start of this day: tasks not started cannot start "
                    + "before it, started tasks resume on it; actual dates stay. Null clears it. Reschedules the "
                    + "project. Project managers only.")
    @APIResponse(responseCode = "200", description = "The schedule after the change",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public ScheduleView putStatusDate(@PathParam("projectId") UUID projectId,
            @NotNull @Valid StatusDateRequest request) {
        return schedules.setStatusDate(projectId, request.statusDate())
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }
}
