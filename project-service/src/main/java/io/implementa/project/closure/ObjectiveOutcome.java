package io.implementa.project.closure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** One objective as the review judges it: achieved against its target or not, and why. */
@Embeddable
public class ObjectiveOutcome {

    /** The objective of the project this is about, if it was recorded as one. */
    @Column(name = "objective_id")
    public UUID objectiveId;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Achievement achieved;

    public String note;

    protected ObjectiveOutcome() {
    }

    public ObjectiveOutcome(UUID objectiveId, String summary, Achievement achieved, String note) {
        this.objectiveId = objectiveId;
        this.summary = summary;
        this.achieved = achieved;
        this.note = note;
    }
}
