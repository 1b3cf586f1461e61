package io.implementa.platform.audit;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Names who acts when no caller does: the event consumer and scheduled jobs run their transactions inside
 * {@link #as}, so the changes they commit are recorded as theirs. An authenticated caller of the request, if any,
 * always takes precedence.
 */
public final class AuditActors {

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private AuditActors() {
    }

    /** Runs the work (including its commit) as the actor. */
    public static <T> T as(Actor actor, Supplier<T> work) {
        Actor previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static Optional<Actor> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
