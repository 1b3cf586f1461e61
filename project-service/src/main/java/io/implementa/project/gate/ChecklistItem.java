package io.implementa.project.gate;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One manual item of a project's gate checklist ("Steering committee approved the charter"), ticked by hand. */
@Entity
@Table(name = "gate_checklist_item")
public class ChecklistItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gate gate;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public boolean done;

    @Column(name = "done_at")
    public Instant doneAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "done_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "done_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "done_by_name"))
    public PersonRef doneBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    protected ChecklistItem() {
    }

    static ChecklistItem of(UUID projectId, Gate gate, String text, Instant now) {
        ChecklistItem item = new ChecklistItem();
        item.id = UUID.randomUUID();
        item.projectId = projectId;
        item.gate = gate;
        item.text = text;
        item.createdAt = now;
        return item;
    }

    /** Ticks the item, remembering who and when; ticking a done item again changes nothing. */
    void tick(PersonRef by, Instant now) {
        if (!done) {
            done = true;
            doneBy = by;
            doneAt = now;
        }
    }

    void untick() {
        done = false;
        doneBy = null;
        doneAt = null;
    }

    static Optional<ChecklistItem> find(UUID projectId, Gate gate, UUID itemId) {
        return find("id = ?1 and projectId = ?2 and gate = ?3", itemId, projectId, gate).firstResultOptional();
    }

    static List<ChecklistItem> open(UUID projectId, Gate gate) {
        return list("projectId = ?1 and gate = ?2 and done = false order by createdAt, id", projectId, gate);
    }

    static long count(UUID projectId, Gate gate) {
        return count("projectId = ?1 and gate = ?2", projectId, gate);
    }
}
