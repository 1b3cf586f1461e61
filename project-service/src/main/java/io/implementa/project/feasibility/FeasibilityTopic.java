package io.implementa.project.feasibility;

/** The angle from which a feasibility note looks at the project. */
public enum FeasibilityTopic {
    TECHNICAL, FINANCIAL, OPERATIONAL, SCHEDULE, LEGAL
}
