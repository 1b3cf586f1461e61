package io.implementa.notification.subscription;

import io.implementa.notification.subscription.SubscriptionApi.CreateSubscriptionRequest;
import io.implementa.notification.subscription.SubscriptionApi.SubscriptionPage;
import io.implementa.notification.subscription.SubscriptionApi.SubscriptionView;
import io.implementa.notification.subscription.SubscriptionApi.UpdateSubscriptionRequest;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Explicit subscriptions: the caller's own. */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Hearing about chosen event types, of the projects the subscriber may read")
public class SubscriptionResource {

    private final SubscriptionService subscriptions;

    public SubscriptionResource(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe to events",
            description = "The caller owns the subscription. Only events of projects the owner may read at the time "
                    + "of the event are delivered (membership as the project-service announces it).")
    @APIResponse(responseCode = "201", description = "Subscribed",
            headers = { @Header(name = "Location", description = "URL of the new subscription"),
                    @Header(name = "ETag", description = "The subscription's version") },
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "403", description = "The caller sees the recipient but may not change it")
    public Response create(@NotNull @Valid CreateSubscriptionRequest request, @Context UriInfo uri) {
        SubscriptionView created = subscriptions.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List the caller's subscriptions",
            description = "Everyone's for admins. Paged; sort by createdAt (default: newest first).")
    @APIResponse(responseCode = "200", description = "One page of subscriptions",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Matching subscriptions") },
            content = @Content(schema = @Schema(implementation = SubscriptionPage.class)))
    public Response list(@QueryParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @Context UriInfo uri) {
        return Paging.ok(subscriptions.list(projectId, page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "Read one of the caller's subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription",
            headers = @Header(name = "ETag", description = "The subscription's version"),
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response get(@PathParam("id") UUID id) {
        SubscriptionView found = subscriptions.find(id)
                .orElseThrow(() -> new ProblemException.NotFound("subscription", id));
        return Responses.tagged(found, found.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateSubscription", summary = "Change one of the caller's subscriptions",
            description = "JSON merge patch: absent fields stay; null clears projectId (every project the owner may "
                    + "read). Requires If-Match. The recipient cannot change: subscribe through another one instead.")
    @APIResponse(responseCode = "200", description = "The changed subscription",
            headers = @Header(name = "ETag", description = "The subscription's new version"),
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            @NotNull @Valid UpdateSubscriptionRequest request) {
        SubscriptionView updated = subscriptions.update(id, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("subscription", id));
        return Responses.tagged(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSubscription", summary = "Unsubscribe")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        if (!subscriptions.delete(id)) {
            throw new ProblemException.NotFound("subscription", id);
        }
        return Response.noContent().build();
    }
}
