package io.implementa.project.cost;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.cost.CostApi.ProjectPlannedCostView;
import jakarta.ws.rs.GET;
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

/** The planned cost of a whole project: fixed costs, planned labour, and the labour that could not be priced. */
@Path("/api/v1/projects/{projectId}/planned-cost")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget and cost")
@ReadsProject
public class ProjectPlannedCostResource {

    private final CostService costs;

    public ProjectPlannedCostResource(CostService costs) {
        this.costs = costs;
    }

    @GET
    @Operation(operationId = "getProjectPlannedCost", summary = "Read the project's planned cost",
            description = "Σ the tasks' fixed costs and planned labour (assigned work × the resource's standard rate "
                    + "effective on each working day), in the budget's currency, with every assignment's labour that "
                    + "could not be priced and why (no budget, no rate known or effective yet, a rate in another "
                    + "currency, a task without scheduled dates).")
    @APIResponse(responseCode = "200", description = "The planned cost",
            content = @Content(schema = @Schema(implementation = ProjectPlannedCostView.class)))
    public ProjectPlannedCostView get(@PathParam("projectId") UUID projectId) {
        return costs.projectPlannedCost(projectId).orElseThrow(() -> new ProblemException.NotFound("project",
                projectId));
    }
}
