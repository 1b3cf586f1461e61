package io.implementa.project.schedule.engine;

/**
 * A date constraint on a task, in MS Project's terms. Dependencies take precedence over
 * constraints (MS Project with "tasks will always honour their constraint dates" off, the setting
 * of the reference MSPDI files): a constraint that the network cannot meet is not enforced by
 * moving the task against its links; it shows as negative total float instead.
 */
public enum ConstraintType {
    /** As soon as possible (the default). */
    ASAP(false),
    /** As late as possible: scheduled on its late dates; its successors follow it. */
    ALAP(false),
    /** Start no earlier than the date. */
    SNET(true),
    /** Start no later than the date; missing it gives negative float. */
    SNLT(true),
    /** Finish no earlier than the date. */
    FNET(true),
    /** Finish no later than the date; missing it gives negative float. */
    FNLT(true),
    /** Must start on the date: starts then unless its predecessors push it later (negative float). */
    MSO(true),
    /** Must finish on the date: finishes then unless its predecessors push it later (negative float). */
    MFO(true);

    private final boolean dated;

    ConstraintType(boolean dated) {
        this.dated = dated;
    }

    /** Whether the constraint needs a date. */
    public boolean dated() {
        return dated;
    }
}
