package io.implementa.notification.webhook;

import io.implementa.notification.NotificationConfig;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.recipient.RecipientAccess;
import io.implementa.notification.webhook.WebhookApi.CreateWebhookEndpointRequest;
import io.implementa.notification.webhook.WebhookApi.CreatedWebhookEndpoint;
import io.implementa.notification.webhook.WebhookApi.RotatedSecret;
import io.implementa.notification.webhook.WebhookApi.WebhookEndpointView;
import io.implementa.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers webhook endpoints for recipients, reads them and rotates their secrets, for whoever may change or see
 * the recipient.
 */
@ApplicationScoped
public class WebhookEndpointService {

    private final RecipientAccess access;
    private final TargetGuard guard;
    private final SecretBox secrets;
    private final Clock clock;
    private final NotificationConfig config;

    public WebhookEndpointService(RecipientAccess access, TargetGuard guard, SecretBox secrets, Clock clock,
            NotificationConfig config) {
        this.access = access;
        this.guard = guard;
        this.secrets = secrets;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public CreatedWebhookEndpoint register(CreateWebhookEndpointRequest request) {
        Recipient recipient = Recipient.<Recipient>findByIdOptional(request.recipientId())
                .filter(access::maySee)
                .orElseThrow(() -> new ProblemException.Unprocessable("recipientId", "names no recipient you can see"));
        access.requireMayChange(recipient);
        guard.require("url", request.url());
        String secret = secrets.newSecret();
        WebhookEndpoint endpoint = WebhookEndpoint.register(recipient.id, request.url(), request.description(),
                secrets.seal(secret), access.owner(), clock.instant());
        endpoint.persistAndFlush();
        return new CreatedWebhookEndpoint(endpoint.id, endpoint.recipientId, endpoint.url, endpoint.description,
                endpoint.active, endpoint.createdAt, endpoint.version, secret);
    }

    /**
     * Gives the endpoint a new secret; for the rotation window deliveries carry both signatures, space-separated,
     * so the receiver can switch over without losing any. For whoever may change the endpoint's recipient.
     */
    @Transactional
    public Optional<RotatedSecret> rotate(UUID id) {
        Optional<WebhookEndpoint> found = WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id)
                .filter(endpoint -> Recipient.<Recipient>findByIdOptional(endpoint.recipientId)
                        .filter(access::maySee).isPresent());
        return found.map(endpoint -> {
            access.requireMayChange(Recipient.findById(endpoint.recipientId));
            String secret = secrets.newSecret();
            endpoint.rotate(secrets.seal(secret), config.webhook().rotationWindow(), clock.instant());
            endpoint.flush();
            return new RotatedSecret(endpoint.id, secret, endpoint.previousSecretUntil, endpoint.version);
        });
    }

    /** The endpoint, if the caller may see its recipient. */
    public Optional<WebhookEndpointView> find(UUID id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id)
                .filter(endpoint -> Recipient.<Recipient>findByIdOptional(endpoint.recipientId)
                        .filter(access::maySee).isPresent())
                .map(WebhookEndpointView::of);
    }
}
