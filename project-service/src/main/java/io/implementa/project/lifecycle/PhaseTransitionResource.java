package io.implementa.project.lifecycle;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.lifecycle.LifecycleApi.PhaseTransitionPage;
import io.implementa.project.lifecycle.LifecycleApi.PhaseTransitionRequest;
import io.implementa.project.lifecycle.LifecycleApi.PhaseTransitionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Passing a project's phase gates, and the history of those passages, over HTTP. */
@Path("/api/v1/projects/{projectId}/phase-transitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lifecycle", description = "Phase transitions through the gates, and status changes")
@ReadsProject
public class PhaseTransitionResource {

    static final String GATE_NOT_PASSED_EXAMPLE = """
            {"type": "https://implementa.io/problems/gate-not-passed", "title": "Gate not passed", "status": 409,
             "detail": "ERP-2027 cannot pass START_PLANNING: 1 criterion is not met (checklist-complete); meet them, \
            or pass the gate with a waiverReason",
             "instance": "/api/v1/projects/7f1c2a9e-5d1b-4c51-9a53-0c6f8f1e2b3a/phase-transitions",
             "gate": "START_PLANNING",
             "unmetCriteria": [{"id": "checklist-complete", "description": "Every item of the gate's checklist is done",
                                "detail": "1 of 2 checklist items open: 'Charter signed by the sponsor'"}]}
            """;

    private final LifecycleService lifecycle;

    public PhaseTransitionResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "passGate", summary = "Pass the next phase gate",
            description = "Passes the gate that leaves the project's current phase (Initiation → START_PLANNING → "
                    + "Planning → START_EXECUTION → Execution, with Monitoring & Control alongside → START_CLOSURE → "
                    + "Closure → CLOSE_PROJECT). The project must be PROPOSED or ACTIVE. Every criterion of the gate "
                    + "must hold, or the gate is passed with a waiverReason that is recorded with who waived which "
                    + "criteria. START_PLANNING makes a proposed project ACTIVE; CLOSE_PROJECT makes it CLOSED and "
                    + "read-only. Project managers only. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The gate was passed",
            headers = { @Header(name = "Location", description = "URL of the transition record"),
                    @Header(name = "ETag", description = "The record's version") },
            content = @Content(schema = @Schema(implementation = PhaseTransitionView.class)))
    @APIResponse(responseCode = "409", description = "gate-not-passed: criteria unmet and no waiver, listed in "
            + "unmetCriteria; invalid-transition: not the project's next gate (nextGate names it); project-on-hold; "
            + "project-not-editable: the project is closed or cancelled",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "gate-not-passed", value = GATE_NOT_PASSED_EXAMPLE)))
    public Response pass(@PathParam("projectId") UUID projectId, @NotNull @Valid PhaseTransitionRequest request,
            @Context UriInfo uri) {
        PhaseTransitionView transition = lifecycle.advance(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, transition.id(), transition.version(), transition);
    }

    @GET
    @Operation(operationId = "listPhaseTransitions", summary = "List the gates a project passed",
            description = "The phase history, oldest first (sort by at or gate).")
    @APIResponse(responseCode = "200", description = "One page of transitions",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Transitions of the project") },
            content = @Content(schema = @Schema(implementation = PhaseTransitionPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @Context UriInfo uri) {
        return Paging.ok(lifecycle.transitions(projectId, page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{transitionId}")
    @Operation(operationId = "getPhaseTransition", summary = "Read a phase transition")
    @APIResponse(responseCode = "200", description = "The transition",
            headers = @Header(name = "ETag", description = "The record's version"),
            content = @Content(schema = @Schema(implementation = PhaseTransitionView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("transitionId") UUID transitionId) {
        PhaseTransitionView transition = lifecycle.transition(projectId, transitionId)
                .orElseThrow(() -> new ProblemException.NotFound("phase transition", transitionId));
        return Responses.tagged(transition, transition.version());
    }
}
