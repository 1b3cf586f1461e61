package io.implementa.notification.subscription;

import io.implementa.notification.recipient.Channel;
import io.implementa.notification.rule.Severity;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of the subscriptions API. */
public final class SubscriptionApi {

    private SubscriptionApi() {
    }

    @Schema(name = "CreateSubscription", description = "What to hear about, and how")
    public record CreateSubscriptionRequest(
            @NotNull @Schema(description = "A recipient the caller may change (their own, or one they registered); "
                    + "its channel and address are where the notifications go") UUID recipientId,
            @NotEmpty @Size(max = 20) @Schema(description = "Event types: exact, a prefix ending in .* or *",
                    example = "[\"io.implementa.risk.*\", \"io.implementa.project.MilestoneMissed\"]")
            List<@NotNull @Size(max = 200) @Pattern(regexp = Subscription.PATTERN,
                    message = "must be an event type, a prefix ending in .* or *") String> eventTypes,
            @Schema(description = "Only this project's events; absent for every project the caller may read")
            UUID projectId,
            @Schema(description = "The least severity to hear about (default INFO)", example = "WARNING")
            Severity minimumSeverity,
            @Schema(description = "At once (default) or in a digest", example = "IMMEDIATE")
            SubscriptionDelivery delivery) {
    }

    @Schema(name = "UpdateSubscription", description = "JSON merge patch of a subscription: absent fields stay; "
            + "null clears projectId (every project the owner may read) and is refused for the other fields")
    public record UpdateSubscriptionRequest(
            Optional<@NotEmpty @Size(max = 20) List<@NotNull @Size(max = 200) @Pattern(regexp = Subscription.PATTERN,
                    message = "must be an event type, a prefix ending in .* or *") String>> eventTypes,
            Optional<UUID> projectId,
            Optional<Severity> minimumSeverity,
            Optional<SubscriptionDelivery> delivery) {
    }

    @Schema(name = "Subscription", description = "A subscription to events")
    public record SubscriptionView(
            UUID id,
            @Schema(description = "Who created it, and whose project access filters its events") String ownerSubject,
            UUID recipientId,
            @Schema(description = "The recipient's channel, which the notifications take") Channel channel,
            List<String> eventTypes,
            UUID projectId,
            Severity minimumSeverity,
            SubscriptionDelivery delivery,
            Instant createdAt,
            long version) {

        static SubscriptionView of(Subscription s, Channel channel) {
            return new SubscriptionView(s.id, s.ownerSubject, s.recipientId, channel, s.eventTypeList(), s.projectId,
                    s.minimumSeverity, s.delivery, s.createdAt, s.version);
        }
    }

    @Schema(name = "SubscriptionPage")
    public record SubscriptionPage(List<SubscriptionView> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
