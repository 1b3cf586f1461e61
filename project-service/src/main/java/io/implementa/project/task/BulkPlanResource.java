package io.implementa.project.task;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.task.BulkPlanApi.BulkPlanRequest;
import io.implementa.project.task.BulkPlanApi.BulkPlanResult;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Many tasks, links and assignments in one request (a whole plan), applied all or nothing. */
@Path("/api/v1/projects/{projectId}/tasks/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
@ReadsProject
public class BulkPlanResource {

    private final BulkPlanService bulk;

    public BulkPlanResource(BulkPlanService bulk) {
        this.bulk = bulk;
    }

    /** The body is validated by the service, so that Bean Validation and the plan's rules answer together. */
    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "applyBulkPlan", summary = "Create and update many tasks, links and assignments at once",
            description = "New tasks (with a client `ref` that parents, links and assignments of the same request may "
                    + "name) and updates of existing ones, then new links, then new assignments (each announced "
                    + "with TaskAssignmentAdded after the recompute), in one transaction: all or nothing. "
                    + "Every invalid item is listed in one 422 (`errors[].field` is its path, e.g. "
                    + "`tasks[3].duration`). The project is rescheduled once (one ScheduleRecomputed stream). "
                    + "At most 10,000 tasks, 10,000 links and 10,000 assignments, and the 1 MiB body limit. "
                    + "Managers and members.")
    @APIResponse(responseCode = "200", description = "Applied",
            content = @Content(schema = @Schema(implementation = BulkPlanResult.class)))
    @APIResponse(responseCode = "409", description = "The links would form a cycle (dependency-cycle), or the project "
            + "is closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "422", description = "Invalid items, all listed (validation); an invalid network "
            + "(invalid-network)")
    public BulkPlanResult apply(@PathParam("projectId") UUID projectId, @NotNull BulkPlanRequest request) {
        return bulk.apply(projectId, request).orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }
}
