package io.implementa.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a recipient on the WEBHOOK channel receives its signed deliveries, with the secret that signs them
 * (stored encrypted). An endpoint the receiver gave up (410 Gone) is disabled and gets nothing more.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(nullable = false)
    public String url;

    public String description;

    @Column(name = "secret_encrypted", nullable = false)
    public String secretEncrypted;

    /** The secret before the last rotation, still signing until {@link #previousSecretUntil}; null otherwise. */
    @Column(name = "previous_secret_encrypted")
    public String previousSecretEncrypted;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "disabled_reason")
    public String disabledReason;

    /** Since when every attempt has failed; null while the endpoint answers. */
    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected WebhookEndpoint() {
    }

    static WebhookEndpoint register(UUID recipientId, String url, String description, String secretEncrypted,
            String owner, Instant now) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.recipientId = recipientId;
        endpoint.url = url;
        endpoint.description = description;
        endpoint.secretEncrypted = secretEncrypted;
        endpoint.ownerSubject = owner;
        endpoint.active = true;
        endpoint.createdAt = now;
        endpoint.updatedAt = now;
        return endpoint;
    }

    /** The recipient's endpoint that receives its deliveries: the newest active one. */
    public static Optional<WebhookEndpoint> activeOf(UUID recipientId) {
        return find("recipientId = ?1 and active = true order by createdAt desc, id", recipientId).firstResultOptional();
    }

    /** An attempt succeeded: the endpoint is no longer failing. */
    public void answered() {
        failingSince = null;
    }

    /**
     * An attempt failed; returns whether the endpoint has now failed without a break for at least
     * {@code tolerated}, and should be disabled.
     */
    public boolean failed(Instant now, java.time.Duration tolerated) {
        if (failingSince == null) {
            failingSince = now;
        }
        return !failingSince.plus(tolerated).isAfter(now);
    }

    /** Signs with the new secret from now on, and with the old one as well until the window ends. */
    public void rotate(String newSecretEncrypted, java.time.Duration window, Instant now) {
        previousSecretEncrypted = secretEncrypted;
        previousSecretUntil = now.plus(window);
        secretEncrypted = newSecretEncrypted;
        updatedAt = now;
    }

    /** The previous secret if it still signs at {@code now}. */
    public Optional<String> previousSecretAt(Instant now) {
        return previousSecretEncrypted != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? Optional.of(previousSecretEncrypted) : Optional.empty();
    }

    public void disable(String reason, Instant now) {
        if (active) {
            active = false;
            disabledReason = reason;
            updatedAt = now;
        }
    }
}
