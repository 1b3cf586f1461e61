package io.implementa.project.cost;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.cost.CostApi.PlannedCostView;
import io.implementa.project.cost.CostApi.SetPlannedCostRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cost planned for one task: its fixed cost (set here) and its planned labour (from its assignments). */
@Path("/api/v1/projects/{projectId}/tasks/{taskId}/planned-cost")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget and cost")
@ReadsProject
public class PlannedCostResource {

    private final CostService costs;

    public PlannedCostResource(CostService costs) {
        this.costs = costs;
    }

    @GET
    @Operation(operationId = "getPlannedCost", summary = "Read a task's planned cost: fixed cost plus labour",
            description = "Labour is the task's assigned work × each resource's standard rate effective on each working "
                    + "day; labour that cannot be priced is listed in unpricedLabour with the reason.")
    @APIResponse(responseCode = "200", description = "The planned cost",
            content = @Content(schema = @Schema(implementation = PlannedCostView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId) {
        PlannedCostView cost = costs.plannedCost(projectId, taskId)
                .orElseThrow(() -> new ProblemException.NotFound("task", taskId));
        return Responses.tagged(cost, cost.version());
    }

    @PUT
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "setPlannedCost", summary = "Set a task's planned fixed cost",
            description = "Managers only; in the budget's currency.")
    @APIResponse(responseCode = "200", description = "The planned cost",
            content = @Content(schema = @Schema(implementation = PlannedCostView.class)))
    @APIResponse(responseCode = "409", description = "The project has no budget yet (budget-missing), or is closed "
            + "or cancelled (project-not-editable)")
    @APIResponse(responseCode = "422", description = "Another currency than the budget's")
    public Response set(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
            @NotNull @Valid SetPlannedCostRequest request) {
        PlannedCostView cost = costs.setPlannedCost(projectId, taskId, request)
                .orElseThrow(() -> new ProblemException.NotFound("task", taskId));
        return Responses.tagged(cost, cost.version());
    }
}
