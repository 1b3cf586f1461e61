package io.implementa.project.project;

/** Where a project stands administratively, independent of its lifecycle phase. */
public enum ProjectStatus {
    PROPOSED, ACTIVE, ON_HOLD, CLOSED, CANCELLED
}
