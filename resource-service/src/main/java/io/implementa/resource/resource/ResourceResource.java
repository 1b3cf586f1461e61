package io.implementa.resource.resource;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.RequiresGlobalRole;
import io.implementa.resource.resource.ResourceApi.CreateResourceRequest;
import io.implementa.resource.resource.ResourceApi.ResourceView;
import io.implementa.resource.resource.ResourceApi.UpdateResourceRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The resource pool over HTTP: register, read, list, change and deactivate resources. The pool is the
 * organisation's directory, so every authenticated caller reads it; resource managers (and admins) change it.
 */
@Path("/api/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resources", description = "People, equipment and budget pools that projects draw on")
public class ResourceResource {

    private final ResourceService resources;

    public ResourceResource(ResourceService resources) {
        this.resources = resources;
    }

    @POST
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Operation(operationId = "createResource", summary = "Add a resource to the pool",
            description = "Creates an ACTIVE resource. A PERSON names its person (subject, e-mail, name), "
                    + "EQUIPMENT and BUDGET_POOL resources do not. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = "URL of the new resource"),
                    @Header(name = "ETag", description = "The resource's version") },
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    @APIResponse(responseCode = "409", description = "The person is in the pool already")
    public Response create(@NotNull @Valid CreateResourceRequest request, @Context UriInfo uri) {
        ResourceView created = resources.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResource", summary = "Read a resource")
    @APIResponse(responseCode = "200", description = "The resource",
            headers = @Header(name = "ETag", description = "The resource's version"),
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response get(@PathParam("id") UUID id) {
        ResourceView resource = resources.find(id).orElseThrow(() -> new ProblemException.NotFound("resource", id));
        return Responses.tagged(resource, resource.version());
    }

    @GET
    @Operation(operationId = "listResources", summary = "List resources",
            description = "Paged; filter by kind, status, department and free text; sort by name or createdAt "
                    + "(default: name).")
    @APIResponse(responseCode = "200", description = "One page of resources",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Resources matching the filter") },
            content = @Content(schema = @Schema(implementation = ResourcePage.class)))
    public Response list(@BeanParam @Valid PageRequest page,
            @QueryParam("kind") ResourceKind kind,
            @QueryParam("status") ResourceStatus status,
            @QueryParam("department") @Size(max = 200)
            @Parameter(description = "Department, ignoring case", example = "Finance IT") String department,
            @QueryParam("q") @Size(max = 200)
            @Parameter(description = "Text in name, role, department, location or the person's name or e-mail")
            String text,
            @Context UriInfo uri) {
        return Paging.ok(resources.list(new ResourceService.Filter(kind, status, department, text), page), uri);
    }

    @PATCH
    @Path("/{id}")
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateResource", summary = "Change a resource",
            description = "JSON merge patch: absent fields stay, null clears an optional field, costRates "
                    + "replaces the whole rate list. Requires If-Match. A patch that changes nothing keeps the "
                    + "version and announces nothing.")
    @APIResponse(responseCode = "200", description = "The changed resource",
            headers = @Header(name = "ETag", description = "The resource's new version"),
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    @APIResponse(responseCode = "409", description = "The person is in the pool already as another resource")
    public Response update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateResourceRequest request) {
        ResourceView resource = resources.update(id, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("resource", id));
        return Responses.tagged(resource, resource.version());
    }

    @POST
    @Path("/{id}/deactivation")
    @RequiresGlobalRole(GlobalRole.RESOURCE_MANAGER)
    @Consumes(MediaType.WILDCARD) // no body is read, so any (or no) Content-Type will do
    @Operation(operationId = "deactivateResource", summary = "Deactivate a resource",
            description = "Takes the resource out of the pool for new work; it stays readable. Honours "
                    + "Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "The deactivated resource",
            headers = @Header(name = "ETag", description = "The resource's new version"),
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a resource manager")
    @APIResponse(responseCode = "409", description = "The resource is inactive already")
    public Response deactivate(@PathParam("id") UUID id) {
        ResourceView resource = resources.deactivate(id)
                .orElseThrow(() -> new ProblemException.NotFound("resource", id));
        return Responses.tagged(resource, resource.version());
    }

    /** The page type, named for the OpenAPI document. */
    @Schema(name = "ResourcePage")
    public record ResourcePage(List<ResourceView> items, int page, int size, long totalItems, int totalPages) {
    }
}
