package io.implementa.platform.inbox;

/**
 * Thrown by a handler for an event that refers to something this service has not heard of yet
 * (its own announcement is still on the way); the event is retried with back-off, never dead-lettered.
 */
public class EventNotReadyException extends RuntimeException {

    public EventNotReadyException(String message) {
        super(message);
    }
}
