package io.implementa.project.change;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** A task or deliverable the impact assessment names as affected. */
@Embeddable
public class AffectedItem {

    /** What the id names. */
    public enum Kind {
        TASK, DELIVERABLE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    protected AffectedItem() {
    }

    public AffectedItem(Kind kind, UUID targetId) {
        this.kind = kind;
        this.targetId = targetId;
    }
}
