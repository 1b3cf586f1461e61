package io.implementa.project.objective;

/**
 * Where an objective stands: drafted, agreed with the sponsor, tracked while the project runs, and finally
 * achieved or missed against its target.
 */
public enum ObjectiveStatus {
    DRAFT, AGREED, ON_TRACK, AT_RISK, ACHIEVED, MISSED;

    /** Only a draft may lack a metric and a target: anything agreed must be measurable. */
    boolean needsMeasure() {
        return this != DRAFT;
    }

    /** A verdict on the target needs the value actually reached. */
    boolean needsActual() {
        return this == ACHIEVED || this == MISSED;
    }
}
