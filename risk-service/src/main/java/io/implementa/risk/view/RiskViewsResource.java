package io.implementa.risk.view;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import io.implementa.risk.view.RiskViewsApi.HeatMap;
import io.implementa.risk.view.RiskViewsApi.TopRisks;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

/** Read-only views of a project's register: heat map, top risks, summary. Its members read them. */
@Path("/api/v1/projects/{projectId}/risk-views")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk views", description = "Heat map, top risks and summary of a project's open risks")
@ReadsProject
public class RiskViewsResource {

    private final RiskViewsService views;

    public RiskViewsResource(RiskViewsService views) {
        this.views = views;
    }

    @GET
    @Path("/heat-map")
    @Operation(operationId = "getRiskHeatMap", summary = "A project's risk heat map",
            description = "The 5 × 5 grid of probability × impact with the count and ids of the open risks in each "
                    + "cell: inherent (probability, highest impact) and residual (residual probability and "
                    + "impact, of the risks assessed with them).")
    @APIResponse(responseCode = "200", description = "The heat map",
            content = @Content(schema = @Schema(implementation = HeatMap.class)))
    public HeatMap heatMap(@PathParam("projectId") UUID projectId) {
        return views.heatMap(projectId).orElseThrow(() -> notFound(projectId));
    }

    @GET
    @Path("/top")
    @Operation(operationId = "getTopRisks", summary = "A project's top risks",
            description = "The open risks with the highest score (by=score, the default; ties by residual score) "
                    + "or exposure (by=exposure; risks without one last).")
    @APIResponse(responseCode = "200", description = "The top risks, highest first",
            content = @Content(schema = @Schema(implementation = TopRisks.class)))
    public TopRisks top(@PathParam("projectId") UUID projectId,
            @QueryParam("by") @DefaultValue("SCORE") @Parameter(description = "score or exposure") String by,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return views.top(projectId, rankBy(by), limit).orElseThrow(() -> notFound(projectId));
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getRiskSummary", summary = "A project's risk summary",
            description = "Open risks by level of the project's appetite, their highest score and total exposure "
                    + "per currency, how many are escalated and how many mitigation actions are overdue. Announced "
                    + "as RiskSummaryChanged whenever it changes.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = RiskSummary.class)))
    public RiskSummary summary(@PathParam("projectId") UUID projectId) {
        return views.summary(projectId).orElseThrow(() -> notFound(projectId));
    }

    private static RiskViewsService.RankBy rankBy(String by) {
        try {
            return RiskViewsService.RankBy.valueOf(by.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ProblemException.Unprocessable("by", "must be score or exposure");
        }
    }

    private static ProblemException notFound(UUID projectId) {
        return new ProblemException.NotFound("risk register of project", projectId);
    }
}
