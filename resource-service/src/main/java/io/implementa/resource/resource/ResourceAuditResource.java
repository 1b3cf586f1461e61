package io.implementa.resource.resource;

import io.implementa.platform.audit.Actor;
import io.implementa.platform.audit.AuditHistory;
import io.implementa.platform.audit.Change;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.resource.resource.ResourceApi.ResourceView;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A resource's audit history over HTTP: every committed change (profile, cost rates, deactivation), by whom and
 * when. Readable by every authenticated caller, like the resource itself.
 */
@Path("/api/v1/resources/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
public class ResourceAuditResource {

    private final AuditHistory audit;

    public ResourceAuditResource(AuditHistory audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "getResourceHistory", summary = "A resource's change history",
            description = "Every committed change of the resource: who made it, when, and the resource as it was "
                    + "afterwards (cost rates included). Newest first (sort=revision for oldest first); paged.")
    @APIResponse(responseCode = "200", description = "One page of the resource's history",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Revisions in the history") },
            content = @Content(schema = @Schema(implementation = ResourceHistoryPage.class)))
    public Response history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        return Paging.ok(audit.of(Resource.class, id, page)
                .orElseThrow(() -> new ProblemException.NotFound("resource", id)), uri);
    }

    /** A revision of a resource, named for the OpenAPI document (the platform's {@code Revision}, typed). */
    @Schema(name = "ResourceRevision")
    public record ResourceRevision(long revision, Instant at, Actor by, Change change,
            @Schema(description = "The resource as it was after the change") ResourceView state) {
    }

    @Schema(name = "ResourceHistoryPage")
    public record ResourceHistoryPage(List<ResourceRevision> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
