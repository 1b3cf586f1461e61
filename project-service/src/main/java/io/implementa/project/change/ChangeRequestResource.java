package io.implementa.project.change;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.change.ChangeRequestApi.AssessChangeRequest;
import io.implementa.project.change.ChangeRequestApi.ChangeRequestPage;
import io.implementa.project.change.ChangeRequestApi.ChangeRequestView;
import io.implementa.project.change.ChangeRequestApi.CommentRequest;
import io.implementa.project.change.ChangeRequestApi.DecideChangeRequest;
import io.implementa.project.change.ChangeRequestApi.ImplementChangeRequest;
import io.implementa.project.change.ChangeRequestApi.HistoryView;
import io.implementa.project.change.ChangeRequestApi.SubmitChangeRequest;
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

/** A project's change requests over HTTP: one route per step of their state machine. */
@Path("/api/v1/projects/{projectId}/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Change requests", description = "Changes to scope, schedule, cost or quality, assessed and decided")
@ReadsProject
public class ChangeRequestResource {

    private static final String INVALID = "The request's state does not allow this step "
            + "(change-request-invalid-transition), or the project is closed or cancelled (project-not-editable)";

    private final ChangeRequestService changes;

    public ChangeRequestResource(ChangeRequestService changes) {
        this.changes = changes;
    }

    @POST
    @ChangesProject({ ProjectRole.SPONSOR, ProjectRole.MANAGER, ProjectRole.MEMBER, ProjectRole.STAKEHOLDER })
    @Operation(operationId = "submitChangeRequest", summary = "Submit a change request",
            description = "Any member but viewers. Numbered per project; announced as ChangeRequestSubmitted.")
    @APIResponse(responseCode = "201", description = "Submitted",
            headers = { @Header(name = "Location", description = "URL of the new request"),
                    @Header(name = "ETag", description = "The request's version") },
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response submit(@PathParam("projectId") UUID projectId, @NotNull @Valid SubmitChangeRequest request,
            @Context UriInfo uri) {
        ChangeRequestView view = changes.submit(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, view.id(), view.version(), view);
    }

    @GET
    @Operation(operationId = "listChangeRequests", summary = "List a project's change requests",
            description = "Paged; filter by status and type; sort by number (default), title, status, createdAt "
                    + "or updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of change requests",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Requests matching the filter") },
            content = @Content(schema = @Schema(implementation = ChangeRequestPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("status") @Parameter(description = "Only this state") ChangeRequestStatus status,
            @QueryParam("type") @Parameter(description = "Only this type") ChangeRequestType type,
            @Context UriInfo uri) {
        return Paging.ok(changes.list(projectId, new ChangeRequestService.Filter(status, type), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{changeRequestId}")
    @Operation(operationId = "getChangeRequest", summary = "Read a change request")
    @APIResponse(responseCode = "200", description = "The change request",
            headers = @Header(name = "ETag", description = "The request's version"),
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("changeRequestId") UUID id) {
        ChangeRequestView view = changes.find(projectId, id).orElseThrow(() -> notFound(id));
        return Responses.tagged(view, view.version());
    }

    @GET
    @Path("/{changeRequestId}/history")
    @Operation(operationId = "getChangeRequestHistory", summary = "Read a change request's transitions",
            description = "Every step from submission on: from and to state, who, when and the comment.")
    @APIResponse(responseCode = "200", description = "The transitions, oldest first",
            content = @Content(schema = @Schema(implementation = HistoryView.class)))
    public Response history(@PathParam("projectId") UUID projectId, @PathParam("changeRequestId") UUID id) {
        return Response.ok(changes.history(projectId, id).orElseThrow(() -> notFound(id))).build();
    }

    @POST
    @Path("/{changeRequestId}/assessment")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "assessChangeRequest", summary = "Assess a change request's impact",
            description = "Managers only: schedule days, cost (in the budget's currency), risk notes, affected "
                    + "tasks and deliverables, and optionally the scope items it brings. A submitted or assessed "
                    + "request becomes ASSESSED.")
    @APIResponse(responseCode = "200", description = "The assessed request",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "409", description = INVALID)
    @APIResponse(responseCode = "422", description = "Another currency than the budget's, or an unknown task or "
            + "deliverable")
    public Response assess(@PathParam("projectId") UUID projectId, @PathParam("changeRequestId") UUID id,
            @NotNull @Valid AssessChangeRequest request) {
        return tagged(changes.assess(projectId, id, request).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("/{changeRequestId}/review")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "reviewChangeRequest", summary = "Put an assessed change request up for decision",
            description = "Managers only; the body (a comment) is optional. ASSESSED becomes IN_REVIEW.")
    @APIResponse(responseCode = "200", description = "The request in review",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "409", description = INVALID)
    public Response review(@PathParam("projectId") UUID projectId, @PathParam("changeRequestId") UUID id,
            @Valid CommentRequest request) {
        return tagged(changes.review(projectId, id, request).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("/{changeRequestId}/decision")
    @ChangesProject(ProjectRole.SPONSOR)
    @Operation(operationId = "decideChangeRequest", summary = "Approve or reject a change request",
            description = "The sponsor (or an admin) decides a request in review, with a comment (required to "
                    + "reject). Announced as ChangeRequestApproved (with the impact) or ChangeRequestRejected.")
    @APIResponse(responseCode = "200", description = "The decided request",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "409", description = INVALID)
    @APIResponse(responseCode = "422", description = "A rejection without comment")
    public Response decide(@PathParam("projectId") UUID projectId, @PathParam("changeRequestId") UUID id,
            @NotNull @Valid DecideChangeRequest request) {
        return tagged(changes.decide(projectId, id, request).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("/{changeRequestId}/implementation")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "implementChangeRequest", summary = "Implement an approved change request",
            description = "Managers only; the body (a comment, `saveBaseline`) is optional. Its scope items join "
                    + "the scope (never counted as creep) and its cost impact moves the budget; with "
                    + "`saveBaseline: true` the plan as it then stands is saved as a new baseline that becomes the "
                    + "current one. Announced as ChangeRequestImplemented (with the new baseline's id).")
    @APIResponse(responseCode = "200", description = "The implemented request",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "409", description = INVALID + "; or the request has a cost impact and the project "
            + "no budget (budget-missing); or a baseline of that name exists (duplicate)")
    public Response implement(@PathParam("projectId") UUID projectId, @PathParam("changeRequestId") UUID id,
            @Valid ImplementChangeRequest request) {
        return tagged(changes.implement(projectId, id, request).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("/{changeRequestId}/withdrawal")
    @ChangesProject({ ProjectRole.SPONSOR, ProjectRole.MANAGER, ProjectRole.MEMBER, ProjectRole.STAKEHOLDER })
    @Operation(operationId = "withdrawChangeRequest", summary = "Withdraw a change request before its decision",
            description = "Its requester or the project's manager; the body (a comment) is optional. Possible while "
                    + "the request is SUBMITTED, ASSESSED or IN_REVIEW. Announced as ChangeRequestWithdrawn.")
    @APIResponse(responseCode = "200", description = "The withdrawn request",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "403", description = "Neither the requester nor the manager")
    @APIResponse(responseCode = "409", description = INVALID + " (already decided, implemented or withdrawn)")
    public Response withdraw(@PathParam("projectId") UUID projectId, @PathParam("changeRequestId") UUID id,
            @Valid CommentRequest request) {
        return tagged(changes.withdraw(projectId, id, request).orElseThrow(() -> notFound(id)));
    }

    private static Response tagged(ChangeRequestView view) {
        return Responses.tagged(view, view.version());
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException.NotFound("change request", id);
    }
}
