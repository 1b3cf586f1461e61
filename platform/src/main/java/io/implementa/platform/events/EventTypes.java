package io.implementa.platform.events;

/** Reads the {@link EventType} of a payload class, failing loudly for classes that were never declared events. */
public final class EventTypes {

    private EventTypes() {
    }

    public static EventType of(Class<?> payloadClass) {
        EventType type = payloadClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " is not annotated with @EventType");
        }
        return type;
    }
}
