package io.implementa.project.scope;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.scope.ScopeApi.CreateScopeItemRequest;
import io.implementa.project.scope.ScopeApi.ScopeItemPage;
import io.implementa.project.scope.ScopeApi.ScopeItemView;
import io.implementa.project.scope.ScopeApi.UpdateScopeItemRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's scope items over HTTP. */
@Path("/api/v1/projects/{projectId}/scope-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scope", description = "What the project does and does not do, its approval and scope creep")
@ReadsProject
public class ScopeItemResource {

    private final ScopeService scope;

    public ScopeItemResource(ScopeService scope) {
        this.scope = scope;
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "addScopeItem", summary = "Add a scope item",
            description = "Managers only. After the scope is approved, an in-scope item added here (not through a "
                    + "change request) is flagged as scope creep and announced as ScopeCreepDetected besides "
                    + "ScopeItemAdded.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = { @Header(name = "Location", description = "URL of the new item"),
                    @Header(name = "ETag", description = "The item's version") },
            content = @Content(schema = @Schema(implementation = ScopeItemView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response add(@PathParam("projectId") UUID projectId, @NotNull @Valid CreateScopeItemRequest request,
            @Context UriInfo uri) {
        ScopeItemView item = scope.add(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, item.id(), item.version(), item);
    }

    @GET
    @Operation(operationId = "listScopeItems", summary = "List a project's scope items",
            description = "Paged; filter by inScope and creep; sort by title, createdAt or estimatedEffortDays "
                    + "(default createdAt).")
    @APIResponse(responseCode = "200", description = "One page of scope items",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Items matching the filter") },
            content = @Content(schema = @Schema(implementation = ScopeItemPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("inScope") @Parameter(description = "true: in scope only; false: out of scope only")
            Boolean inScope,
            @QueryParam("creep") @Parameter(description = "true: scope creep only") Boolean creep,
            @Context UriInfo uri) {
        return Paging.ok(scope.list(projectId, new ScopeService.Filter(inScope, creep), page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{scopeItemId}")
    @Operation(operationId = "getScopeItem", summary = "Read a scope item")
    @APIResponse(responseCode = "200", description = "The scope item",
            headers = @Header(name = "ETag", description = "The item's version"),
            content = @Content(schema = @Schema(implementation = ScopeItemView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("scopeItemId") UUID itemId) {
        ScopeItemView item = scope.find(projectId, itemId)
                .orElseThrow(() -> new ProblemException.NotFound("scope item", itemId));
        return Responses.tagged(item, item.version());
    }

    @PATCH
    @Path("/{scopeItemId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateScopeItem", summary = "Change a scope item",
            description = "JSON merge patch; requires If-Match. Managers only. Items of the approved baseline "
                    + "change only through change requests.")
    @APIResponse(responseCode = "200", description = "The changed item",
            headers = @Header(name = "ETag", description = "The item's new version"),
            content = @Content(schema = @Schema(implementation = ScopeItemView.class)))
    @APIResponse(responseCode = "409", description = "The item is part of the approved baseline "
            + "(scope-baseline-locked), or the project is closed or cancelled (project-not-editable)")
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("scopeItemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"")
            String ifMatch,
            @NotNull @Valid UpdateScopeItemRequest request) {
        ScopeItemView item = scope.update(projectId, itemId, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("scope item", itemId));
        return Responses.tagged(item, item.version());
    }

    @DELETE
    @Path("/{scopeItemId}")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "removeScopeItem", summary = "Remove a scope item",
            description = "Managers only; If-Match is checked when sent. Items of the approved baseline are "
                    + "removed only through change requests.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The item is part of the approved baseline "
            + "(scope-baseline-locked), or the project is closed or cancelled (project-not-editable)")
    @APIResponse(responseCode = "412", description = "The If-Match ETag is not the current version")
    public Response remove(@PathParam("projectId") UUID projectId, @PathParam("scopeItemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read (optional)")
            String ifMatch) {
        if (!scope.remove(projectId, itemId, Optional.ofNullable(ifMatch).map(IfMatch::of))) {
            throw new ProblemException.NotFound("scope item", itemId);
        }
        return Response.noContent().build();
    }
}
