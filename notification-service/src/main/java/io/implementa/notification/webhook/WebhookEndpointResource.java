package io.implementa.notification.webhook;

import io.implementa.notification.webhook.WebhookApi.CreateWebhookEndpointRequest;
import io.implementa.notification.webhook.WebhookApi.CreatedWebhookEndpoint;
import io.implementa.notification.webhook.WebhookApi.RotatedSecret;
import io.implementa.notification.webhook.WebhookApi.WebhookEndpointView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** Webhook endpoints over HTTP: register one (its secret shown once) and read it. */
@Path("/api/v1/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook endpoints", description = "Where WEBHOOK recipients receive signed deliveries (Standard Webhooks)")
public class WebhookEndpointResource {

    private final WebhookEndpointService endpoints;

    public WebhookEndpointResource(WebhookEndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @POST
    @Operation(operationId = "createWebhookEndpoint", summary = "Register a webhook endpoint",
            description = "For a recipient the caller may change. The URL must be https and resolve to public "
                    + "addresses only (no loopback, private, link-local or metadata addresses). The answer carries "
                    + "the signing secret, shown this once. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = { @Header(name = "Location", description = "URL of the new endpoint"),
                    @Header(name = "ETag", description = "The endpoint's version") },
            content = @Content(schema = @Schema(implementation = CreatedWebhookEndpoint.class)))
    @APIResponse(responseCode = "403", description = "The caller sees the recipient but may not change it")
    public Response create(@NotNull @Valid CreateWebhookEndpointRequest request, @Context UriInfo uri) {
        CreatedWebhookEndpoint created = endpoints.register(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "Read a webhook endpoint",
            description = "Without its secret. Whoever may see the endpoint's recipient sees it; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The endpoint",
            headers = @Header(name = "ETag", description = "The endpoint's version"),
            content = @Content(schema = @Schema(implementation = WebhookEndpointView.class)))
    public Response get(@PathParam("id") UUID id) {
        WebhookEndpointView endpoint = endpoints.find(id)
                .orElseThrow(() -> new ProblemException.NotFound("webhook endpoint", id));
        return Responses.tagged(endpoint, endpoint.version());
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate an endpoint's signing secret",
            description = "A new secret, shown this once, signs from now on; for implementa.notification.webhook."
                    + "rotation-window (default 24h) deliveries carry a second signature by the previous secret, "
                    + "space-separated in webhook-signature, so the receiver can switch over without losing any.")
    @APIResponse(responseCode = "200", description = "Rotated",
            content = @Content(schema = @Schema(implementation = RotatedSecret.class)))
    @APIResponse(responseCode = "403", description = "The caller sees the recipient but may not change it")
    public RotatedSecret rotate(@PathParam("id") UUID id) {
        return endpoints.rotate(id).orElseThrow(() -> new ProblemException.NotFound("webhook endpoint", id));
    }
}
