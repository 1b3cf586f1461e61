package io.implementa.project.scope;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.scope.ScopeApi.ApproveScopeRequest;
import io.implementa.project.scope.ScopeApi.ScopeView;
import jakarta.validation.Valid;
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

/** A project's scope as a whole: the summary with the scope-creep figure, and the sponsor's approval. */
@Path("/api/v1/projects/{projectId}/scope")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scope")
@ReadsProject
public class ScopeResource {

    private final ScopeService scope;

    public ScopeResource(ScopeService scope) {
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "getScope", summary = "Read the scope summary and the scope-creep figure",
            description = "Whether and by whom the scope was approved, in- and out-of-scope counts, and the "
                    + "scope creep: in-scope items (and their estimated effort) added after approval without a "
                    + "change request.")
    @APIResponse(responseCode = "200", description = "The scope summary",
            content = @Content(schema = @Schema(implementation = ScopeView.class)))
    public Response get(@PathParam("projectId") UUID projectId) {
        return Response.ok(scope.summary(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId))).build();
    }

    @POST
    @Path("/approval")
    @ChangesProject(ProjectRole.SPONSOR)
    @Operation(operationId = "approveScope", summary = "Approve the scope",
            description = "The sponsor (or an admin) approves the scope once; the items existing now become its "
                    + "baseline, which then changes only through change requests. The body is optional. "
                    + "Announced as ScopeApproved.")
    @APIResponse(responseCode = "201", description = "Approved; the body is the scope summary",
            headers = @Header(name = "Location", description = "URL of the scope summary"),
            content = @Content(schema = @Schema(implementation = ScopeView.class)))
    @APIResponse(responseCode = "409", description = "Already approved (scope-already-approved), no in-scope item "
            + "to approve (scope-empty), or the project is closed or cancelled (project-not-editable)")
    public Response approve(@PathParam("projectId") UUID projectId, @Valid ApproveScopeRequest request,
            @Context UriInfo uri) {
        ScopeView approved = scope.approve(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/projects").path(projectId.toString())
                .path("scope").build()).entity(approved).build();
    }

    /** The same approval without a body (and so without a Content-Type), as a plain action call. */
    @POST
    @Path("/approval")
    @ChangesProject(ProjectRole.SPONSOR)
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response approveWithoutBody(@PathParam("projectId") UUID projectId, @Context UriInfo uri) {
        return approve(projectId, null, uri);
    }
}
