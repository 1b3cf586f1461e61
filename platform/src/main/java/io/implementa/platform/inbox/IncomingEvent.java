package io.implementa.platform.inbox;

import java.time.OffsetDateTime;

/** A consumed event: the envelope's attributes plus the payload read into the consumer's own type. */
public record IncomingEvent<T>(
        String id,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        int schemaVersion,
        String key,
        T payload) {
}
