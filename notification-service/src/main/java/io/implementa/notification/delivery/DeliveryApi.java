package io.implementa.notification.delivery;

import io.implementa.notification.recipient.Channel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of the delivery log. */
public final class DeliveryApi {

    private DeliveryApi() {
    }

    public record DeliveryView(
            @Schema(description = "Also the webhook-id of every attempt") UUID id,
            UUID notificationId,
            @Schema(description = "The id of the event notified about") UUID eventId,
            @Schema(example = "io.implementa.project.ProjectClosed") String eventType,
            UUID projectId,
            UUID recipientId,
            Channel channel,
            @Schema(description = "E-mail address or URL; SLACK and TEAMS URLs are credentials, so only their origin "
                    + "and last four characters are shown") String address,
            String subject,
            DeliveryStatus status,
            int attemptCount,
            @Schema(description = "When the next attempt is due, while PENDING") Instant nextAttemptAt,
            Integer lastStatusCode,
            String lastError,
            Instant createdAt,
            Instant updatedAt,
            Instant deliveredAt) {

        static DeliveryView of(Delivery d) {
            Notification n = d.notification;
            return new DeliveryView(d.id, n.id, n.eventId, n.eventType, n.projectId, n.recipientId, n.channel,
                    shown(n), n.subject, d.status, d.attemptCount, d.nextAttemptAt, d.lastStatusCode, d.lastError,
                    d.createdAt, d.updatedAt, d.deliveredAt);
        }

        private static String shown(Notification n) {
            if (!n.channel.addressIsSecret()) {
                return n.address;
            }
            java.net.URI uri = java.net.URI.create(n.address);
            return uri.getScheme() + "://" + uri.getHost() + "/…" + n.address.substring(Math.max(0,
                    n.address.length() - 4));
        }
    }

    public record AttemptView(int number, Instant startedAt, Instant finishedAt, AttemptOutcome outcome,
            @Schema(description = "The receiver's HTTP status, when it answered") Integer statusCode, String error) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.id.number, a.startedAt, a.finishedAt, a.outcome, a.statusCode, a.error);
        }
    }

    /** A delivery with what was sent and every attempt. */
    public record DeliveryDetailView(
            @Schema(implementation = DeliveryView.class) DeliveryView delivery,
            @Schema(description = "The text sent: plain text for e-mail and chat, the CloudEvent for webhooks")
            String body,
            List<AttemptView> attempts) {
    }

    /** The page type, named for the OpenAPI document. */
    @Schema(name = "DeliveryPage")
    public record DeliveryPage(List<DeliveryView> items, int page, int size, long totalItems, int totalPages) {
    }
}
