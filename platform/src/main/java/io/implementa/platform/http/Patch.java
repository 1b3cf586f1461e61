package io.implementa.platform.http;

import java.util.Optional;

/**
 * Reads the fields of a PATCH body (JSON merge patch semantics). Each field is an {@link Optional} that is
 * {@code null} when absent (keep the current value), empty when sent as {@code null} (clear it) and
 * present when sent with a value.
 */
public final class Patch {

    private Patch() {
    }

    /** A field that must always have a value: an explicit null is a 422 naming the field. */
    @SuppressWarnings("OptionalAssignedToNull")
    public static <T> T required(Optional<T> patch, T current, String field) {
        if (patch == null) {
            return current;
        }
        return patch.orElseThrow(() -> new ProblemException.Unprocessable(field, "must not be null"));
    }

    /** A field that may be cleared with an explicit null. */
    @SuppressWarnings("OptionalAssignedToNull")
    public static <T> T optional(Optional<T> patch, T current) {
        if (patch == null) {
            return current;
        }
        return patch.orElse(null);
    }
}
