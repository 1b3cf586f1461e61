package io.implementa.project.lifecycle;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.gate.Gate;
import io.implementa.project.lifecycle.LifecycleApi.GatePreview;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's phase gates over HTTP: what each asks and whether it would pass now. */
@Path("/api/v1/projects/{projectId}/gates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gates", description = "Phase gates: their criteria, checklists and passages")
@ReadsProject
public class GateResource {

    private final LifecycleService lifecycle;

    public GateResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GET
    @Path("/{gate}")
    @Operation(operationId = "previewGate", summary = "Preview a gate",
            description = "Evaluates every criterion that guards the gate, as the project stands now, without "
                    + "passing it; once passed, also shows the passage and which criteria were waived.")
    @APIResponse(responseCode = "200", description = "The gate and its criteria",
            content = @Content(schema = @Schema(implementation = GatePreview.class)))
    public GatePreview preview(@PathParam("projectId") UUID projectId,
            @PathParam("gate") @Parameter(example = "START_PLANNING") Gate gate) {
        return lifecycle.preview(projectId, gate).orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }
}
