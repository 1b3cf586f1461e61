package io.implementa.platform.events;

/** An event that can never be processed as it is: not a CloudEvent, or data that does not fit its schema. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
