package io.implementa.project.project;

/**
 * The five phases of an implementation project, in order. Monitoring &amp; Control is not a stop of its own
 * on the way: it runs alongside Execution (see {@code docs/architecture.md}).
 */
public enum Phase {
    INITIATION, PLANNING, EXECUTION, MONITORING_AND_CONTROL, CLOSURE
}
