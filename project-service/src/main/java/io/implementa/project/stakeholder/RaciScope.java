package io.implementa.project.stakeholder;

/** What a RACI assignment is about: the whole project, one phase, or one deliverable. */
public enum RaciScope {
    PROJECT, PHASE, DELIVERABLE
}
