package io.implementa.risk.action;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.risk.action.ActionApi.ActionPage;
import io.implementa.risk.action.ActionApi.ActionPatch;
import io.implementa.risk.action.ActionApi.ActionView;
import io.implementa.risk.action.ActionApi.CreateActionRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A risk's mitigation actions over HTTP. Members read them; managers, sponsors and members plan and change them. */
@Path("/api/v1/projects/{projectId}/risks/{riskId}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mitigation actions", description = "Actions responding to a risk, with owners and due dates")
@ReadsProject
public class ActionResource {

    private final ActionService actions;

    public ActionResource(ActionService actions) {
        this.actions = actions;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER })
    @Operation(operationId = "createMitigationAction", summary = "Plan a mitigation action for a risk",
            description = "A new OPEN action with its owner and due date. The reminder job announces it as "
                    + "MitigationDueSoon shortly before it is due and as MitigationOverdue once it is late. "
                    + "Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new action"),
                    @Header(name = "ETag", description = "The action's version") },
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "403", description = "The caller may not change the project's risks")
    @APIResponse(responseCode = "409", description = "The risk occurred or was closed (risk-not-open), or the "
            + "register is closed (register-closed)")
    public Response create(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @NotNull @Valid CreateActionRequest request, @Context UriInfo uri) {
        ActionView created = actions.plan(projectId, riskId, request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(operationId = "listMitigationActions", summary = "List a risk's mitigation actions",
            description = "Paged; filter by status; sort by dueDate (the default) or createdAt.")
    @APIResponse(responseCode = "200", description = "One page of actions",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Actions matching the filter") },
            content = @Content(schema = @Schema(implementation = ActionPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @BeanParam @Valid PageRequest page, @QueryParam("status") ActionStatus status, @Context UriInfo uri) {
        return Paging.ok(actions.list(projectId, riskId, status, page)
                .orElseThrow(() -> new ProblemException.NotFound("risk", riskId)), uri);
    }

    @GET
    @Path("/{actionId}")
    @Operation(operationId = "getMitigationAction", summary = "Read a mitigation action")
    @APIResponse(responseCode = "200", description = "The action",
            headers = @Header(name = "ETag", description = "The action's version"),
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @PathParam("actionId") UUID actionId) {
        ActionView action = actions.find(projectId, riskId, actionId)
                .orElseThrow(() -> new ProblemException.NotFound("mitigation action", actionId));
        return Responses.tagged(action, action.version());
    }

    @PATCH
    @Path("/{actionId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER })
    @Operation(operationId = "updateMitigationAction", summary = "Change a mitigation action",
            description = "JSON merge patch of title, description, owner, due date and status (OPEN → DONE | "
                    + "CANCELLED). A new due date is announced afresh when it approaches or passes. Requires "
                    + "If-Match.")
    @APIResponse(responseCode = "200", description = "The changed action",
            headers = @Header(name = "ETag", description = "The action's new version"),
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "403", description = "The caller may not change the project's risks")
    @APIResponse(responseCode = "409", description = "The action is done or cancelled (action-not-open), or the "
            + "register is closed (register-closed)")
    @APIResponse(responseCode = "412", description = "The action changed since the client read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @PathParam("actionId") UUID actionId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ActionPatch patch) {
        ActionView action = actions.change(projectId, riskId, actionId, IfMatch.of(ifMatch), patch);
        return Responses.tagged(action, action.version());
    }
}
