package io.implementa.platform.inbox;

import io.implementa.platform.events.EventTypes;
import java.util.Set;

/**
 * Applies one event type to a consuming service. Implementations are CDI beans; the consumer finds them
 * by the {@code @EventType} of their payload class, so there is no dispatch on type strings.
 *
 * <p>The payload has been checked against the Bean Validation constraints of {@code T} before
 * {@link #handle} is called; an event that breaks them is dead-lettered.
 *
 * <p>{@link #handle} runs inside the inbox transaction: its database effects commit together with the
 * record that the event was processed, so a redelivered event has no second effect.
 *
 * @param <T> the consumer's own view of the payload (a record naming only the fields it needs)
 */
public interface EventHandler<T> {

    Class<T> payloadType();

    void handle(IncomingEvent<T> event);

    /** Schema versions this handler understands; any other version of its type is dead-lettered. */
    default Set<Integer> supportedVersions() {
        return Set.of(EventTypes.of(payloadType()).version());
    }
}
