package io.implementa.project.health;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.health.HealthApi.ProposalView;
import io.implementa.project.health.HealthApi.ThresholdsView;
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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's proposed health and the thresholds it is proposed by. */
@Path("/api/v1/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Status reports")
@ReadsProject
public class HealthResource {

    private final HealthService health;

    public HealthResource(HealthService health) {
        this.health = health;
    }

    @GET
    @Path("/health")
    @Operation(operationId = "getProjectHealth", summary = "Propose the project's RAG health now",
            description = "Schedule from SPI (against the current baseline) and late critical tasks, cost from CPI "
                    + "(against the current baseline), budget thresholds and the overrun forecast, scope from creep "
                    + "and undecided change requests, risk from the risk-service's summary, resources from "
                    + "over-allocations; with the signals, the reasons, and the project's current health (the last "
                    + "published report's, moved since by incoming events that changed the proposal).")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    public Response get(@PathParam("projectId") UUID projectId,
            @QueryParam("statusDate") @Parameter(description = "Default today") LocalDate statusDate) {
        return Response.ok(health.proposal(projectId, statusDate)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId))).build();
    }

    @GET
    @Path("/health-thresholds")
    @Operation(operationId = "getHealthThresholds", summary = "Read the thresholds of the proposed RAG",
            description = "The project's own, or the configured defaults.")
    @APIResponse(responseCode = "200", description = "The thresholds",
            content = @Content(schema = @Schema(implementation = ThresholdsView.class)))
    public Response thresholds(@PathParam("projectId") UUID projectId) {
        return Response.ok(health.thresholdsOf(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId))).build();
    }

    @PUT
    @Path("/health-thresholds")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "setHealthThresholds", summary = "Set the project's thresholds of the proposed RAG")
    @APIResponse(responseCode = "200", description = "The thresholds",
            content = @Content(schema = @Schema(implementation = ThresholdsView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "422", description = "A red threshold milder than its amber one")
    public Response set(@PathParam("projectId") UUID projectId, @NotNull @Valid ThresholdsView thresholds) {
        return Response.ok(health.setThresholds(projectId, thresholds)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId))).build();
    }
}
