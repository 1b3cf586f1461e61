package io.implementa.risk.issue;

/** How badly an issue hurts the project. A risk that occurs raises its issue at the risk's level. */
public enum IssueSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
