package io.implementa.notification.delivery;

import io.implementa.notification.NotificationConfig;
import io.implementa.notification.delivery.ChannelSenders.Outgoing;
import io.implementa.notification.delivery.DeliveryEvents.DeliveryFailed;
import io.implementa.notification.delivery.DeliveryEvents.NotificationDelivered;
import io.implementa.notification.delivery.DeliveryEvents.WebhookEndpointDisabled;
import io.implementa.notification.delivery.Notification.About;
import io.implementa.notification.delivery.Notification.Message;
import io.implementa.notification.recipient.Channel;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.webhook.WebhookEndpoint;
import io.implementa.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Sends the deliveries that are due, on every instance at once. A worker claims a batch of due rows with
 * {@code FOR UPDATE SKIP LOCKED} in a short transaction and leases them (so other workers skip them without
 * waiting), sends each outside any transaction, then records the outcome in a transaction of its own. Workers of
 * several instances therefore share the load, each delivery goes to one of them, and no database lock is held
 * while a receiver is slow. Everything is in the database: a worker that dies mid-attempt leaves a lease that
 * runs out, after which the delivery is taken up again (the attempt in flight recorded as abandoned).
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final NotificationConfig.Delivery config;
    private final ChannelSenders senders;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;
    private final DeliveryService deliveries;
    private final Engine engine;

    public DeliveryWorker(NotificationConfig config, ChannelSenders senders, Outbox outbox, EntityManager em,
            Clock clock, DeliveryService deliveries, Engine engine) {
        this.deliveries = deliveries;
        this.engine = engine;
        this.config = config.delivery();
        this.senders = senders;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(every = "${implementa.notification.delivery.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.enabled()) {
            deliverDue(clock.instant());
        }
    }

    /** Sends what is due at {@code now}, batch after batch, until nothing is; returns how many attempts it made. */
    public int deliverDue(Instant now) {
        int attempts = 0;
        List<Claimed> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> claim(now));
            for (Claimed claimed : batch) {
                SendResult result = senders.send(claimed.outgoing(), now);
                QuarkusTransaction.requiringNew().run(() -> record(claimed, result, later(now)));
                attempts++;
            }
        } while (batch.size() == config.batchSize());
        return attempts;
    }

    private record Claimed(Outgoing outgoing, int attempt) {
    }

    private List<Claimed> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select id from delivery
                where status = 'PENDING' and next_attempt_at <= ?1 and (lease_until is null or lease_until <= ?1)
                order by next_attempt_at, id
                limit ?2
                for update skip locked
                """, UUID.class)
                .setParameter(1, now)
                .setParameter(2, config.batchSize())
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (UUID id : due) {
            Delivery delivery = em.find(Delivery.class, id);
            WebhookEndpoint endpoint = null;
            if (delivery.notification.channel == Channel.WEBHOOK) {
                endpoint = WebhookEndpoint.findById(delivery.notification.webhookEndpointId);
                if (endpoint == null || !endpoint.active) {
                    delivery.cancel("the webhook endpoint is disabled", now);
                    continue;
                }
            }
            DeliveryAttempt attempt = delivery.claim(now, config.leaseTimeout());
            attempt.persist();
            claimed.add(new Claimed(new Outgoing(delivery.id, delivery.notification, endpoint), attempt.id.number));
        }
        return claimed;
    }

    private void record(Claimed claimed, SendResult result, Instant now) {
        Delivery delivery = em.find(Delivery.class, claimed.outgoing().deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        DeliveryAttempt attempt = DeliveryAttempt.findById(new DeliveryAttempt.Key(delivery.id, claimed.attempt()));
        attempt.finish(result.succeeded() ? AttemptOutcome.SUCCEEDED : AttemptOutcome.FAILED, result.statusCode(),
                result.error(), now);
        if (delivery.status != DeliveryStatus.PENDING || delivery.attemptCount != claimed.attempt()) {
            // Our lease ran out and another worker took the delivery over: its attempt decides.
            LOG.warnf("delivery %s: attempt %d finished after its lease ran out", delivery.id, claimed.attempt());
            return;
        }
        Notification n = delivery.notification;
        WebhookEndpoint endpoint = n.channel == Channel.WEBHOOK
                ? em.find(WebhookEndpoint.class, n.webhookEndpointId, LockModeType.PESSIMISTIC_WRITE) : null;
        if (result.succeeded()) {
            if (endpoint != null) {
                endpoint.answered();
            }
            delivery.delivered(result.statusCode(), now);
            outbox.publish(DeliveryEvents.key(delivery), delivery.id, new NotificationDelivered(delivery.id, n.id,
                    n.eventId, n.eventType, n.projectId, n.recipientId, n.channel, delivery.attemptCount,
                    result.statusCode(), now));
        } else if (result.gone() && endpoint != null) {
            String reason = "the endpoint answered 410 Gone";
            disable(endpoint, reason, now);
            delivery.cancel(reason + "; the endpoint was disabled", now);
        } else if (endpoint != null && endpoint.failed(now, config.disableEndpointAfter())) {
            delivery.attemptFailed(result.statusCode(), result.error(), Optional.empty(), now);
            String reason = "every attempt failed since " + endpoint.failingSince;
            disable(endpoint, reason, now);
            delivery.cancel(reason + "; the endpoint was disabled (last error: " + result.error() + ")", now);
        } else {
            Optional<Duration> retryIn = retryAfter(delivery.attemptsThisRound());
            delivery.attemptFailed(result.statusCode(), result.error(), retryIn, now);
            if (retryIn.isEmpty()) {
                outbox.publish(DeliveryEvents.key(delivery), delivery.id, new DeliveryFailed(delivery.id, n.id,
                        n.eventId, n.eventType, n.projectId, n.recipientId, n.channel, delivery.attemptCount,
                        result.statusCode(), delivery.lastError, now));
            }
        }
    }

    /**
     * Disables the endpoint and tells its owner through WebhookEndpointDisabled; its other pending deliveries are
     * cancelled as workers reach them.
     */
    private void disable(WebhookEndpoint endpoint, String reason, Instant now) {
        if (endpoint.active) {
            endpoint.disable(reason, now);
            outbox.publish(endpoint.id, endpoint.id, new WebhookEndpointDisabled(endpoint.id, endpoint.recipientId,
                    endpoint.url, endpoint.ownerSubject, reason, now));
            tellOwner(endpoint, reason, now);
        }
    }

    /**
     * E-mails the endpoint's owner, through their own recipient (the person registered in the directory), in the
     * same transaction; an owner with no e-mail recipient here learns it from WebhookEndpointDisabled only.
     */
    private void tellOwner(WebhookEndpoint endpoint, String reason, Instant now) {
        Optional<Recipient> owner = Recipient.<Recipient>findByPerson(endpoint.ownerSubject)
                .filter(r -> r.active && r.email != null && r.unsubscribedAt == null);
        if (owner.isEmpty()) {
            LOG.infof("webhook endpoint %s disabled; its owner %s has no e-mail recipient to tell", endpoint.id,
                    endpoint.ownerSubject);
            return;
        }
        Map<String, Object> data = Map.of("recipientName", owner.get().displayName, "url", endpoint.url,
                "description", endpoint.description == null ? "no description" : endpoint.description,
                "reason", reason);
        UUID eventId = UUID.nameUUIDFromBytes(("endpoint-disabled/" + endpoint.id + "/" + now)
                .getBytes(StandardCharsets.UTF_8));
        deliveries.enqueue(new About(eventId, "io.implementa.notification.WebhookEndpointDisabled", null),
                new Message(owner.get().id, Channel.EMAIL, owner.get().email, null,
                        render("subject", data).strip(), render("text", data), render("html", data)));
    }

    private String render(String part, Map<String, Object> data) {
        TemplateInstance instance = engine.getTemplate("notification/WebhookEndpointDisabled/" + part).instance();
        data.forEach(instance::data);
        return instance.render();
    }

    /** The wait before the next attempt after {@code attempts} of them, jittered; empty after the last. */
    Optional<Duration> retryAfter(int attempts) {
        List<Duration> schedule = config.retrySchedule();
        if (attempts > schedule.size()) {
            return Optional.empty();
        }
        Duration base = schedule.get(attempts - 1);
        double factor = 1 + config.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Optional.of(Duration.ofMillis(Math.max(0, Math.round(base.toMillis() * factor))));
    }

    /** Recording time: the clock, but never before the instant the run was asked to deliver at. */
    private Instant later(Instant now) {
        Instant current = clock.instant();
        return current.isAfter(now) ? current : now;
    }
}
