package io.implementa.notification.delivery;

import io.implementa.notification.recipient.Channel;
import io.implementa.platform.events.EventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * What the delivery of notifications tells the suite. Keyed by the project id of the event notified about (by
 * the delivery id when it has no project); subject: the delivery id.
 */
public final class DeliveryEvents {

    private DeliveryEvents() {
    }

    @EventType("io.implementa.notification.NotificationDelivered")
    public record NotificationDelivered(
            @NotNull UUID deliveryId,
            @NotNull UUID notificationId,
            @NotNull UUID eventId,
            @NotBlank String eventType,
            UUID projectId,
            @NotNull UUID recipientId,
            @NotNull Channel channel,
            int attempts,
            Integer statusCode,
            @NotNull Instant deliveredAt) {
    }

    @EventType("io.implementa.notification.DeliveryFailed")
    public record DeliveryFailed(
            @NotNull UUID deliveryId,
            @NotNull UUID notificationId,
            @NotNull UUID eventId,
            @NotBlank String eventType,
            UUID projectId,
            @NotNull UUID recipientId,
            @NotNull Channel channel,
            int attempts,
            Integer lastStatusCode,
            @NotBlank String lastError,
            @NotNull Instant failedAt) {
    }

    /** Keyed and subject: the endpoint id. Tells the endpoint's owner (who registered it) by their subject. */
    @EventType("io.implementa.notification.WebhookEndpointDisabled")
    public record WebhookEndpointDisabled(
            @NotNull UUID endpointId,
            @NotNull UUID recipientId,
            @NotBlank String url,
            @NotBlank String ownerSubject,
            @NotBlank String reason,
            @NotNull Instant disabledAt) {
    }

    static Object key(Delivery delivery) {
        return delivery.notification.projectId != null ? delivery.notification.projectId : delivery.id;
    }
}
