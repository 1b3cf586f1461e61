package io.implementa.project.deliverable;

/** What an accountable stakeholder decides about a submitted deliverable. */
public enum AcceptanceDecision {
    ACCEPTED, REJECTED
}
