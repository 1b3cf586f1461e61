package io.implementa.risk.appetite;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.risk.appetite.RiskAppetiteApi.RiskAppetiteRequest;
import io.implementa.risk.appetite.RiskAppetiteApi.RiskAppetiteView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** A project's risk appetite over HTTP: its members read it, its manager and sponsor change it. */
@Path("/api/v1/projects/{projectId}/risk-appetite")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risk appetite", description = "Per project: the score thresholds of risk levels and of escalation")
@ReadsProject
public class RiskAppetiteResource {

    private final RiskAppetiteService appetites;

    public RiskAppetiteResource(RiskAppetiteService appetites) {
        this.appetites = appetites;
    }

    @GET
    @Operation(operationId = "getRiskAppetite", summary = "Read a project's risk appetite",
            description = "The project's thresholds, or the defaults (medium from 5, high from 10, critical from "
                    + "16, escalation from 15) with defaults=true and version 0 until the project changes them; with the "
                    + "project's own detection thresholds (null: the service's) and those in effect.")
    @APIResponse(responseCode = "200", description = "The appetite",
            headers = @Header(name = "ETag", description = "The appetite's version"),
            content = @Content(schema = @Schema(implementation = RiskAppetiteView.class)))
    public Response get(@PathParam("projectId") UUID projectId) {
        RiskAppetiteView appetite = appetites.find(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId));
        return Responses.tagged(appetite, appetite.version());
    }

    @PUT
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR })
    @Operation(operationId = "setRiskAppetite", summary = "Set a project's risk appetite",
            description = "Replaces the thresholds (and, when given, the project's detection thresholds: how large "
                    + "a milestone or finish slip, cost overrun or change request must be to raise a risk by itself; "
                    + "a null one uses the service-wide default). Every open risk is compared with the new escalation threshold "
                    + "at once: those now at or above it are escalated (RiskEscalated), escalated ones now below "
                    + "it de-escalated (RiskDeEscalated). Requires If-Match (\"0\" for the defaults). The project's "
                    + "manager and sponsor only.")
    @APIResponse(responseCode = "200", description = "The new appetite",
            headers = @Header(name = "ETag", description = "The appetite's new version"),
            content = @Content(schema = @Schema(implementation = RiskAppetiteView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not the project's manager or sponsor")
    @APIResponse(responseCode = "409", description = "The register is closed (register-closed)")
    @APIResponse(responseCode = "412", description = "The appetite changed since the client read it")
    @APIResponse(responseCode = "422", description = "Thresholds out of range or not rising")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response put(@PathParam("projectId") UUID projectId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RiskAppetiteRequest request) {
        RiskAppetiteView appetite = appetites.change(projectId, IfMatch.of(ifMatch), request);
        return Responses.tagged(appetite, appetite.version());
    }
}
