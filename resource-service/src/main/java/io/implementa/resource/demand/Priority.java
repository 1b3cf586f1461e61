package io.implementa.resource.demand;

/** How urgently a project needs what it requests. */
public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL
}
