package io.implementa.risk.risk;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The score trend of a whole project's risks, read from the risks' assessment history. */
@Path("/api/v1/projects/{projectId}/risk-trend")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risks")
@ReadsProject
public class ProjectRiskTrendResource {

    private final RiskService risks;

    public ProjectRiskTrendResource(RiskService risks) {
        this.risks = risks;
    }

    @GET
    @Operation(operationId = "getProjectRiskTrend", summary = "A project's risk score trend",
            description = "For each day (UTC) on which a risk of the project was identified, assessed or moved: the "
                    + "open risks (neither occurred nor closed) at the end of the day, the sum and the highest of "
                    + "their scores. Oldest first; from and to (inclusive) narrow the days.")
    @APIResponse(responseCode = "200", description = "The trend",
            content = @Content(schema = @Schema(implementation = AssessmentApi.ProjectTrend.class)))
    public AssessmentApi.ProjectTrend get(@PathParam("projectId") UUID projectId,
            @QueryParam("from") @Parameter(example = "2027-01-01") LocalDate from,
            @QueryParam("to") @Parameter(example = "2027-12-31") LocalDate to) {
        return risks.projectTrend(projectId, from, to)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId));
    }
}
