package io.implementa.project.deliverable;

/**
 * Where a deliverable stands. PLANNED and IN_PROGRESS are set by the team; SUBMITTED by a submission,
 * ACCEPTED and REJECTED by an accountable stakeholder's decision, WAIVED by the sponsor. ACCEPTED and
 * WAIVED are final: they count as done for the closure gates.
 */
public enum DeliverableStatus {
    PLANNED, IN_PROGRESS, SUBMITTED, ACCEPTED, REJECTED, WAIVED;

    /** Accepted or waived: nothing more happens to it. */
    public boolean isFinal() {
        return this == ACCEPTED || this == WAIVED;
    }
}
