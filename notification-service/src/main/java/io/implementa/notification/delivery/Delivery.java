package io.implementa.notification.delivery;

import io.implementa.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The sending of one notification, attempt after attempt, until it is delivered or given up. Its id is the
 * {@code webhook-id} of every attempt, so a receiver recognises a retry of what it already has.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    private static final int MAX_ERROR = 2000;

    @Id
    public UUID id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "notification_id", nullable = false, updatable = false)
    public Notification notification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(name = "attempt_count", nullable = false)
    public int attemptCount;

    /** When the next attempt is due; null once the delivery is settled. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Version
    public long version;

    protected Delivery() {
    }

    /** A delivery due at once. */
    static Delivery of(Notification notification, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.notification = notification;
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        return delivery;
    }

    /** A delivery that will never be sent (no way to reach the recipient), kept so the log says why. */
    static Delivery cancelled(Notification notification, String reason, Instant now) {
        Delivery delivery = of(notification, now);
        delivery.status = DeliveryStatus.CANCELLED;
        delivery.nextAttemptAt = null;
        delivery.lastError = bounded(reason);
        return delivery;
    }

    /**
     * Takes the delivery for one attempt: keeps other workers off until the lease ends, and returns the attempt's
     * number. An attempt still in flight from a worker whose lease ran out is recorded as abandoned.
     */
    DeliveryAttempt claim(Instant now, Duration lease) {
        if (attemptCount > 0) {
            DeliveryAttempt.<DeliveryAttempt>findByIdOptional(new DeliveryAttempt.Key(id, attemptCount))
                    .filter(previous -> previous.outcome == AttemptOutcome.IN_FLIGHT)
                    .ifPresent(previous -> previous.finish(AttemptOutcome.ABANDONED, null,
                            "the worker sending it stopped before it finished (lease expired)", now));
        }
        attemptCount++;
        leaseUntil = now.plus(lease);
        updatedAt = now;
        return DeliveryAttempt.start(id, attemptCount, now);
    }

    void delivered(Integer statusCode, Instant now) {
        status = DeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = now;
        settle(now);
    }

    /** An attempt failed: the next one waits {@code retryIn}, or, when there is none, the delivery has failed. */
    void attemptFailed(Integer statusCode, String error, Optional<Duration> retryIn, Instant now) {
        lastStatusCode = statusCode;
        lastError = bounded(error);
        if (retryIn.isPresent()) {
            nextAttemptAt = now.plus(retryIn.get());
            leaseUntil = null;
            updatedAt = now;
        } else {
            status = DeliveryStatus.FAILED;
            settle(now);
        }
    }

    /** Gives up without further attempts (the endpoint was disabled, the recipient cannot be reached). */
    void cancel(String reason, Instant now) {
        status = DeliveryStatus.CANCELLED;
        lastError = bounded(reason);
        settle(now);
    }

    /** Queues a settled delivery again, under the same id, with a fresh retry schedule counted from now. */
    void redeliver(Instant now) {
        if (status == DeliveryStatus.PENDING) {
            throw new ProblemException.Conflict("delivery-pending", "Delivery still pending",
                    "delivery " + id + " is still being attempted; it can be redelivered once it is settled");
        }
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        leaseUntil = null;
        retryBase = attemptCount;
        updatedAt = now;
    }

    /** Attempts made before the last redelivery: the retry schedule restarts after them. */
    @Column(name = "retry_base", nullable = false)
    public int retryBase;

    /** How many attempts this round of delivery has made (all of them, unless it was redelivered). */
    int attemptsThisRound() {
        return attemptCount - retryBase;
    }

    private void settle(Instant now) {
        nextAttemptAt = null;
        leaseUntil = null;
        updatedAt = now;
    }

    static String bounded(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
