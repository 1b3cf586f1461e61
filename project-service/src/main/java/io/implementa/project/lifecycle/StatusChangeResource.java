package io.implementa.project.lifecycle;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.lifecycle.LifecycleApi.StatusChangePage;
import io.implementa.project.lifecycle.LifecycleApi.StatusChangeRequest;
import io.implementa.project.lifecycle.LifecycleApi.StatusChangeView;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Putting a project on hold, resuming and cancelling it, and its status history, over HTTP. */
@Path("/api/v1/projects/{projectId}/status-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lifecycle", description = "Phase transitions through the gates, and status changes")
@ReadsProject
public class StatusChangeResource {

    private final LifecycleService lifecycle;

    public StatusChangeResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR })
    @Operation(operationId = "changeProjectStatus", summary = "Put a project on hold, resume or cancel it",
            description = "ACTIVE → ON_HOLD and PROPOSED/ACTIVE/ON_HOLD → CANCELLED need a reason; ON_HOLD → ACTIVE "
                    + "resumes. A cancelled project is read-only. Closing is done by passing the CLOSE_PROJECT gate. "
                    + "Managers and sponsors. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The status changed",
            headers = { @Header(name = "Location", description = "URL of the status change record"),
                    @Header(name = "ETag", description = "The record's version") },
            content = @Content(schema = @Schema(implementation = StatusChangeView.class)))
    @APIResponse(responseCode = "409", description = "invalid-status-change: not allowed from the current status "
            + "(currentStatus and allowedStatuses say what is)")
    public Response change(@PathParam("projectId") UUID projectId, @NotNull @Valid StatusChangeRequest request,
            @Context UriInfo uri) {
        StatusChangeView change = lifecycle.changeStatus(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, change.id(), change.version(), change);
    }

    @GET
    @Operation(operationId = "listStatusChanges", summary = "List a project's status history",
            description = "Explicit changes and those caused by gates (activation, closing), oldest first "
                    + "(sort by at or toStatus).")
    @APIResponse(responseCode = "200", description = "One page of status changes",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Status changes of the project") },
            content = @Content(schema = @Schema(implementation = StatusChangePage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @Context UriInfo uri) {
        return Paging.ok(lifecycle.statusChanges(projectId, page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{changeId}")
    @Operation(operationId = "getStatusChange", summary = "Read a status change")
    @APIResponse(responseCode = "200", description = "The status change",
            headers = @Header(name = "ETag", description = "The record's version"),
            content = @Content(schema = @Schema(implementation = StatusChangeView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("changeId") UUID changeId) {
        StatusChangeView change = lifecycle.statusChange(projectId, changeId)
                .orElseThrow(() -> new ProblemException.NotFound("status change", changeId));
        return Responses.tagged(change, change.version());
    }
}
