package io.implementa.platform.inbox;

/** Thrown by a handler for content it can never apply; the event goes to the dead-letter topic. */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String message) {
        super(message);
    }
}
