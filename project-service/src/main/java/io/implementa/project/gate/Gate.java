package io.implementa.project.gate;

import io.implementa.project.project.Phase;
import java.util.Arrays;
import java.util.Optional;

/**
 * The phase gates of a project, named for what they open. Each is passed by an explicit action and
 * only when every criterion that applies to it holds (or is waived with a recorded reason).
 * Monitoring &amp; Control has no gate: it runs alongside Execution.
 */
public enum Gate {
    /** Initiation → Planning: the project is approved and becomes active. */
    START_PLANNING(Phase.INITIATION, Phase.PLANNING),
    /** Planning → Execution. */
    START_EXECUTION(Phase.PLANNING, Phase.EXECUTION),
    /** Execution → Closure. */
    START_CLOSURE(Phase.EXECUTION, Phase.CLOSURE),
    /** Closure → the project is closed. */
    CLOSE_PROJECT(Phase.CLOSURE, null);

    private final Phase from;
    private final Phase to;

    Gate(Phase from, Phase to) {
        this.from = from;
        this.to = to;
    }

    public Phase from() {
        return from;
    }

    /** The phase the gate leads into; null for closing the project. */
    public Phase to() {
        return to;
    }

    /**
     * The gate that leads out of {@code phase}: the only one a project in that phase may pass next.
     * None for Monitoring &amp; Control, which is never a stop of its own.
     */
    public static Optional<Gate> leaving(Phase phase) {
        return Arrays.stream(values()).filter(gate -> gate.from == phase).findFirst();
    }

    /** Whether a project that is in {@code phase} has left this gate behind. */
    public boolean isBehind(Phase phase) {
        return phase.ordinal() > from.ordinal();
    }
}
