package io.implementa.project.feasibility;

/** What a feasibility note concludes. */
public enum FeasibilityConclusion {
    FEASIBLE, FEASIBLE_WITH_CONDITIONS, NOT_FEASIBLE
}
