package io.implementa.notification.digest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A notification a recipient chose to hear in a digest: kept, rendered, until a digest carries it. */
@Entity
@Table(name = "digest_item")
public class DigestItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DigestCadence cadence;

    @Column(nullable = false)
    public String subject;

    /** The plain-text message, which the digest lists. */
    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    protected DigestItem() {
    }
}
