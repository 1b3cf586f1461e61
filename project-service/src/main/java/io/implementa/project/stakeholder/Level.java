package io.implementa.project.stakeholder;

/** A stakeholder's influence on, or interest in, the project. */
public enum Level {
    LOW, MEDIUM, HIGH
}
