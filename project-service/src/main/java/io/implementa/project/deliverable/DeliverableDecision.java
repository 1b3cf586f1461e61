package io.implementa.project.deliverable;

import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One acceptance decision about a deliverable, kept for ever: who decided what, when and why. */
@Entity
@Table(name = "deliverable_decision")
public class DeliverableDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "deliverable_id", nullable = false)
    public UUID deliverableId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AcceptanceDecision decision;

    @Column(name = "decision_comment")
    public String comment;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "decided_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "decided_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "decided_by_name"))
    public PersonRef decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    protected DeliverableDecision() {
    }

    static DeliverableDecision of(Deliverable deliverable, AcceptanceDecision decision, String comment, PersonRef by,
            Instant now) {
        DeliverableDecision record = new DeliverableDecision();
        record.id = UUID.randomUUID();
        record.projectId = deliverable.projectId;
        record.deliverableId = deliverable.id;
        record.decision = decision;
        record.comment = comment;
        record.decidedBy = by;
        record.decidedAt = now;
        return record;
    }
}
