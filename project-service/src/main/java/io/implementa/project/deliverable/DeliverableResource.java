package io.implementa.project.deliverable;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.deliverable.DeliverableApi.CreateDeliverableRequest;
import io.implementa.project.deliverable.DeliverableApi.DecisionPage;
import io.implementa.project.deliverable.DeliverableApi.DecisionRequest;
import io.implementa.project.deliverable.DeliverableApi.DeliverablePage;
import io.implementa.project.deliverable.DeliverableApi.DeliverableView;
import io.implementa.project.deliverable.DeliverableApi.SubmitRequest;
import io.implementa.project.deliverable.DeliverableApi.UpdateDeliverableRequest;
import io.implementa.project.deliverable.DeliverableApi.WaiverRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's deliverables over HTTP: plan them, submit them, decide on them, waive them. */
@Path("/api/v1/projects/{projectId}/deliverables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliverables", description = "What a project hands over, its acceptance criteria and decisions")
@ReadsProject
public class DeliverableResource {

    static final String QUALITY_CHECKS_NOT_PASSED_EXAMPLE = """
            {"type": "https://implementa.io/problems/quality-checks-not-passed", "title": "Quality checks not passed",
             "status": 409, "detail": "deliverable 'Customer data migrated' cannot be accepted: 1 quality check(s) failed or are pending",
             "instance": "/api/v1/projects/0d5b8c52-8f1e-4a43-9a57-7c1f0e6d2b10/deliverables/5e7a1c3d-2b4f-4d6e-8a90-1b2c3d4e5f60/acceptance",
             "checks": [{"id": "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "name": "UAT test cycle 2", "type": "TEST_RUN", "result": "FAILED"}]}
            """;

    static final String NOT_ACCOUNTABLE_EXAMPLE = """
            {"type": "https://implementa.io/problems/not-accountable", "title": "Not accountable", "status": 403,
             "detail": "only a stakeholder accountable for deliverable 'Customer data migrated' may accept or reject it",
             "instance": "/api/v1/projects/0d5b8c52-8f1e-4a43-9a57-7c1f0e6d2b10/deliverables/5e7a1c3d-2b4f-4d6e-8a90-1b2c3d4e5f60/acceptance"}
            """;

    private final DeliverableService deliverables;

    public DeliverableResource(DeliverableService deliverables) {
        this.deliverables = deliverables;
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "createDeliverable", summary = "Plan a deliverable",
            description = "Adds a deliverable in status PLANNED. Project managers only. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new deliverable"),
                    @Header(name = "ETag", description = "The deliverable's version") },
            content = @Content(schema = @Schema(implementation = DeliverableView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response create(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateDeliverableRequest request,
            @Context UriInfo uri) {
        DeliverableView created = deliverables.create(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(operationId = "listDeliverables", summary = "List a project's deliverables",
            description = "Paged; filter by status and owner subject; sort by dueDate, name, status or createdAt "
                    + "(default: dueDate, those without one last, then name).")
    @APIResponse(responseCode = "200", description = "One page of deliverables",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Deliverables matching the filter") },
            content = @Content(schema = @Schema(implementation = DeliverablePage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("status") DeliverableStatus status,
            @QueryParam("owner") @Size(max = 200) @Parameter(description = "Owner's subject") String owner,
            @Context UriInfo uri) {
        return Paging.ok(deliverables.list(projectId, new DeliverableService.Filter(status, owner), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{deliverableId}")
    @Operation(operationId = "getDeliverable", summary = "Read a deliverable")
    @APIResponse(responseCode = "200", description = "The deliverable",
            headers = @Header(name = "ETag", description = "The deliverable's version"),
            content = @Content(schema = @Schema(implementation = DeliverableView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId) {
        return ok(deliverables.find(projectId, deliverableId)
                .orElseThrow(() -> new ProblemException.NotFound("deliverable", deliverableId)));
    }

    @PATCH
    @Path("/{deliverableId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateDeliverable", summary = "Change a deliverable",
            description = "JSON merge patch; requires If-Match. `status` may only be set to PLANNED or IN_PROGRESS: "
                    + "the other statuses are reached by submission, acceptance decision or waiver. Accepted and "
                    + "waived deliverables no longer change. Project managers only.")
    @APIResponse(responseCode = "200", description = "The changed deliverable",
            headers = @Header(name = "ETag", description = "The deliverable's new version"),
            content = @Content(schema = @Schema(implementation = DeliverableView.class)))
    @APIResponse(responseCode = "409", description = "The deliverable is accepted or waived (deliverable-closed), "
            + "or the project is closed (project-not-editable)")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateDeliverableRequest request) {
        return ok(deliverables.update(projectId, deliverableId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("deliverable", deliverableId)));
    }

    @DELETE
    @Path("/{deliverableId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "removeDeliverable", summary = "Remove a deliverable",
            description = "Removes it with its quality checks and decisions. Accepted and waived deliverables "
                    + "are history and cannot be removed. Project managers only.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The deliverable is accepted or waived (deliverable-closed)")
    public Response remove(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId) {
        if (!deliverables.remove(projectId, deliverableId)) {
            throw new ProblemException.NotFound("deliverable", deliverableId);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{deliverableId}/submission")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "submitDeliverable", summary = "Submit a deliverable for acceptance",
            description = "Moves it to SUBMITTED so that an accountable stakeholder can decide; a rejected "
                    + "deliverable is resubmitted the same way. The body is optional. Managers and members.")
    @APIResponse(responseCode = "200", description = "The submitted deliverable",
            headers = @Header(name = "ETag", description = "The deliverable's new version"),
            content = @Content(schema = @Schema(implementation = DeliverableView.class)))
    @APIResponse(responseCode = "409", description = "Already submitted (already-submitted), or already accepted "
            + "or waived (already-decided)")
    public Response submit(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId,
            @Valid SubmitRequest request) {
        return ok(deliverables.submit(projectId, deliverableId, request == null ? null : request.comment())
                .orElseThrow(() -> new ProblemException.NotFound("deliverable", deliverableId)));
    }

    @POST
    @Path("/{deliverableId}/acceptance")
    @ChangesProject({ ProjectRole.SPONSOR, ProjectRole.STAKEHOLDER, ProjectRole.MANAGER })
    @Operation(operationId = "decideDeliverableAcceptance", summary = "Accept or reject a submitted deliverable",
            description = "Only a stakeholder accountable for the deliverable may decide (admins always may); "
                    + "others get 403 not-accountable. A deliverable is accepted only when none of its current "
                    + "quality checks is FAILED or PENDING. A rejection needs a comment; a rejected deliverable is "
                    + "decided again after it is resubmitted. Every decision is kept (see the decisions list).")
    @APIResponse(responseCode = "200", description = "The deliverable, now ACCEPTED or REJECTED",
            headers = @Header(name = "ETag", description = "The deliverable's new version"),
            content = @Content(schema = @Schema(implementation = DeliverableView.class)))
    @APIResponse(responseCode = "403", description = "Not one of the roles that may decide, or not accountable for the "
            + "deliverable (not-accountable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-accountable", value = NOT_ACCOUNTABLE_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A quality check failed or is pending (quality-checks-not-passed, "
            + "listing them in `checks`); already decided (already-decided); not submitted yet (not-submitted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "quality-checks-not-passed", value = QUALITY_CHECKS_NOT_PASSED_EXAMPLE)))
    public Response decide(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId,
            @NotNull @Valid DecisionRequest request) {
        return ok(deliverables.decide(projectId, deliverableId, request)
                .orElseThrow(() -> new ProblemException.NotFound("deliverable", deliverableId)));
    }

    @GET
    @Path("/{deliverableId}/decisions")
    @Operation(operationId = "listDeliverableDecisions", summary = "A deliverable's acceptance decisions",
            description = "Every decision taken, oldest first: who, when, what and why. Paged; sortable by decidedAt.")
    @APIResponse(responseCode = "200", description = "One page of decisions",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Decisions taken") },
            content = @Content(schema = @Schema(implementation = DecisionPage.class)))
    public Response decisions(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId,
            @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        return Paging.ok(deliverables.decisions(projectId, deliverableId, page)
                .orElseThrow(() -> new ProblemException.NotFound("deliverable", deliverableId)), uri);
    }

    @POST
    @Path("/{deliverableId}/waiver")
    @ChangesProject(ProjectRole.SPONSOR)
    @Operation(operationId = "waiveDeliverable", summary = "Waive a deliverable",
            description = "The sponsor lets the project go without it; the reason and who waived it are kept, and "
                    + "the deliverable counts as done for the closure gates. Sponsors only.")
    @APIResponse(responseCode = "200", description = "The deliverable, now WAIVED",
            headers = @Header(name = "ETag", description = "The deliverable's new version"),
            content = @Content(schema = @Schema(implementation = DeliverableView.class)))
    @APIResponse(responseCode = "409", description = "Already accepted or waived (already-decided)")
    public Response waive(@PathParam("projectId") UUID projectId, @PathParam("deliverableId") UUID deliverableId,
            @NotNull @Valid WaiverRequest request) {
        return ok(deliverables.waive(projectId, deliverableId, request.reason())
                .orElseThrow(() -> new ProblemException.NotFound("deliverable", deliverableId)));
    }

    private static Response ok(DeliverableView deliverable) {
        return Responses.tagged(deliverable, deliverable.version());
    }
}
