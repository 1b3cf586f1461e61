package io.implementa.project.evm;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.evm.EarnedValueService.EarnedValueView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Earned value over HTTP. */
@Path("/api/v1/projects/{projectId}/earned-value")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget and cost")
@ReadsProject
public class EarnedValueResource {

    private final EarnedValueService earnedValue;

    public EarnedValueResource(EarnedValueService earnedValue) {
        this.earnedValue = earnedValue;
    }

    @GET
    @Operation(operationId = "getEarnedValue", summary = "Compute earned value at a status date",
            description = "BAC, PV, EV, AC, SV, CV, SPI, CPI, EAC, ETC, VAC and TCPI against the current baseline, "
                    + "for the project and per top-level WBS branch, with a weekly S-curve. A figure that cannot be "
                    + "computed (no baseline, division by zero, status date before the start) is null and "
                    + "`reasons` says why.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = EarnedValueView.class)))
    public Response get(@PathParam("projectId") UUID projectId,
            @QueryParam("statusDate") @Parameter(description = "Default today") LocalDate statusDate,
            @QueryParam("method") @Parameter(description = "EAC method: CPI (default), BUDGET_RATE or CPI_SPI")
            EacMethod method) {
        return Response.ok(earnedValue.compute(projectId, statusDate, method)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId))).build();
    }
}
