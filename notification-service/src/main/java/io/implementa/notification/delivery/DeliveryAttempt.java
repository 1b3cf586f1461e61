package io.implementa.notification.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One try at sending a delivery: when, with which answer. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttemptOutcome outcome;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    protected DeliveryAttempt() {
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "delivery_id", nullable = false)
        public UUID deliveryId;

        @Column(nullable = false)
        public int number;

        protected Key() {
        }

        Key(UUID deliveryId, int number) {
            this.deliveryId = deliveryId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && deliveryId.equals(key.deliveryId) && number == key.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, number);
        }
    }

    static DeliveryAttempt start(UUID deliveryId, int number, Instant now) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.id = new Key(deliveryId, number);
        attempt.startedAt = now;
        attempt.outcome = AttemptOutcome.IN_FLIGHT;
        return attempt;
    }

    void finish(AttemptOutcome result, Integer code, String message, Instant now) {
        outcome = result;
        statusCode = code;
        error = Delivery.bounded(message);
        finishedAt = now;
    }

    static List<DeliveryAttempt> of(UUID deliveryId) {
        return list("id.deliveryId = ?1 order by id.number", deliveryId);
    }
}
