package io.implementa.project.forecast;

/** How a task's duration is drawn from its three-point estimate (optimistic o, most likely m, pessimistic p). */
public enum Distribution {
    /** Triangular on [o, p] with its mode at m: mean (o + m + p) / 3, heavier tails than PERT. */
    TRIANGULAR,
    /**
     * PERT-beta on [o, p]: Beta(1 + 4(m − o)/(p − o), 1 + 4(p − m)/(p − o)) scaled to the range, mean
     * (o + 4m + p) / 6 — the expected duration a task shows. The default.
     */
    PERT
}
