package io.implementa.project.change;

/** What a change request changes. */
public enum ChangeRequestType {
    SCOPE, SCHEDULE, COST, QUALITY
}
