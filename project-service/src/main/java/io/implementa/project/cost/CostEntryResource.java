package io.implementa.project.cost;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.cost.CostApi.CostEntryPage;
import io.implementa.project.cost.CostApi.CostEntryView;
import io.implementa.project.cost.CostApi.CreateCostEntryRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Actual costs booked against a project. */
@Path("/api/v1/projects/{projectId}/cost-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget and cost")
@ReadsProject
public class CostEntryResource {

    private final CostService costs;

    public CostEntryResource(CostService costs) {
        this.costs = costs;
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "addCostEntry", summary = "Book an actual cost",
            description = "Managers only; in the budget's currency, by category and optionally for a task. May "
                    + "announce BudgetThresholdCrossed or CostOverrunForecast.")
    @APIResponse(responseCode = "201", description = "Booked",
            headers = @Header(name = "Location", description = "URL of the new entry"),
            content = @Content(schema = @Schema(implementation = CostEntryView.class)))
    @APIResponse(responseCode = "409", description = "The project has no budget yet (budget-missing), or is closed "
            + "or cancelled (project-not-editable)")
    @APIResponse(responseCode = "422", description = "Another currency than the budget's, or an unknown task")
    public Response add(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateCostEntryRequest request,
            @Context UriInfo uri) {
        CostEntryView entry = costs.addEntry(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build()).entity(entry)
                .build();
    }

    @GET
    @Operation(operationId = "listCostEntries", summary = "List a project's actual costs",
            description = "Paged; filter by category and taskId; sort by incurredOn (default), amount, category or "
                    + "createdAt.")
    @APIResponse(responseCode = "200", description = "One page of cost entries",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Entries matching the filter") },
            content = @Content(schema = @Schema(implementation = CostEntryPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("category") @Parameter(description = "Only this category") CostCategory category,
            @QueryParam("taskId") @Parameter(description = "Only this task's costs") UUID taskId,
            @Context UriInfo uri) {
        return Paging.ok(costs.entries(projectId, new CostService.Filter(category, taskId), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{costEntryId}")
    @Operation(operationId = "getCostEntry", summary = "Read a cost entry")
    @APIResponse(responseCode = "200", description = "The cost entry",
            content = @Content(schema = @Schema(implementation = CostEntryView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("costEntryId") UUID entryId) {
        return Response.ok(costs.entry(projectId, entryId)
                .orElseThrow(() -> new ProblemException.NotFound("cost entry", entryId))).build();
    }
}
