package io.implementa.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of the webhook endpoint API. */
public final class WebhookApi {

    private WebhookApi() {
    }

    public record CreateWebhookEndpointRequest(
            @NotNull @Schema(description = "The recipient (on the WEBHOOK channel) whose deliveries go here")
            UUID recipientId,
            @NotBlank @Size(max = 2000) @Schema(example = "https://erp.example.com/hooks/implementa") String url,
            @Size(max = 500) @Schema(example = "ERP integration") String description) {
    }

    public record WebhookEndpointView(
            UUID id,
            UUID recipientId,
            String url,
            String description,
            boolean active,
            @Schema(description = "Why the endpoint was disabled, e.g. it answered 410 Gone") String disabledReason,
            Instant createdAt,
            long version) {

        static WebhookEndpointView of(WebhookEndpoint e) {
            return new WebhookEndpointView(e.id, e.recipientId, e.url, e.description, e.active, e.disabledReason,
                    e.createdAt, e.version);
        }
    }

    /** The answer to a secret rotation: the only time the new secret is shown. */
    public record RotatedSecret(
            UUID endpointId,
            @Schema(description = "The new signing secret, shown this once", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret,
            @Schema(description = "Until when deliveries also carry a signature by the previous secret")
            Instant previousSecretValidUntil,
            long version) {
    }

    /** The answer to a registration: the only time the signing secret is shown. */
    public record CreatedWebhookEndpoint(
            UUID id,
            UUID recipientId,
            String url,
            String description,
            boolean active,
            Instant createdAt,
            long version,
            @Schema(description = "The signing secret (Standard Webhooks): shown this once, stored encrypted",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }
}
