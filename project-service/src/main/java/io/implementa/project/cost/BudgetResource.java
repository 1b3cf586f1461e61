package io.implementa.project.cost;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.cost.CostApi.ApproveBudgetRequest;
import io.implementa.project.cost.CostApi.BudgetView;
import io.implementa.project.cost.CostApi.SetBudgetRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's budget over HTTP: set it, approve it, read it with what is planned and spent. */
@Path("/api/v1/projects/{projectId}/budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget and cost", description = "The budget, planned costs per task and actual costs")
@ReadsProject
public class BudgetResource {

    private final CostService costs;

    public BudgetResource(CostService costs) {
        this.costs = costs;
    }

    @GET
    @Operation(operationId = "getBudget", summary = "Read the budget with planned and actual cost")
    @APIResponse(responseCode = "200", description = "The budget",
            headers = @Header(name = "ETag", description = "The budget's version"),
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    public Response get(@PathParam("projectId") UUID projectId) {
        BudgetView budget = costs.budget(projectId).orElseThrow(() -> new ProblemException.NotFound("budget",
                projectId));
        return Responses.tagged(budget, budget.version());
    }

    @PUT
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "setBudget", summary = "Set the budget",
            description = "Managers only. Sets the currency (the only one of the project's money), the amount, the "
                    + "contingency and management reserves and the consumption thresholds (default 80 and 100 %). "
                    + "Once approved, the amounts change only through change requests.")
    @APIResponse(responseCode = "200", description = "The budget",
            headers = @Header(name = "ETag", description = "The budget's version"),
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "409", description = "The budget is approved (budget-approved), or the project is "
            + "closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "422", description = "The currency changes although costs exist in the old one")
    public Response set(@PathParam("projectId") UUID projectId, @NotNull @Valid SetBudgetRequest request) {
        BudgetView budget = costs.setBudget(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.tagged(budget, budget.version());
    }

    @POST
    @Path("/approval")
    @ChangesProject({ ProjectRole.SPONSOR, ProjectRole.MANAGER })
    @Operation(operationId = "approveBudget", summary = "Approve the budget",
            description = "The sponsor or the manager approves the budget once; the Planning → Execution gate "
                    + "requires it, and budget thresholds and the overrun forecast are monitored from then on.")
    @APIResponse(responseCode = "200", description = "Approved; the body is the budget",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "409", description = "No budget (budget-missing), already approved "
            + "(budget-already-approved), amount 0 (budget-empty), or the project is closed or cancelled")
    public Response approve(@PathParam("projectId") UUID projectId, @Valid ApproveBudgetRequest request) {
        BudgetView budget = costs.approveBudget(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.tagged(budget, budget.version());
    }
}
