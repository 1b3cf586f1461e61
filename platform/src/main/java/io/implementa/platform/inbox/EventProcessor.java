package io.implementa.platform.inbox;

import io.cloudevents.CloudEvent;
import io.implementa.platform.audit.Actor;
import io.implementa.platform.audit.AuditActors;
import io.implementa.platform.config.PlatformConfig;
import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.EventTypes;
import io.implementa.platform.events.MalformedEventException;
import io.implementa.platform.support.Failures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Applies one consumed record exactly once per consumer: decodes the CloudEvent, finds the handler of
 * its type, and runs the handler in a new transaction that also records the event id in the inbox.
 * Decides the record's {@link Outcome}; the consumer loop acts on it.
 */
@ApplicationScoped
public class EventProcessor {

    /** Header of a re-driven dead letter naming the one consumer it is meant for. */
    public static final String REDRIVE_FOR_HEADER = "implementa-redrive-for";

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    private final EventCodec codec;
    private final EntityManager em;
    private final Clock clock;
    private final Validator validator;
    private final Map<String, EventHandler<?>> handlers = new HashMap<>();
    private final Map<String, List<Integer>> acceptedVersions;

    public EventProcessor(EventCodec codec, EntityManager em, Clock clock, Validator validator,
            @Any Instance<EventHandler<?>> found, PlatformConfig config) {
        this.codec = codec;
        this.em = em;
        this.clock = clock;
        this.validator = validator;
        this.acceptedVersions = Map.copyOf(config.consumer().acceptedVersions());
        for (EventHandler<?> handler : found) {
            String type = EventTypes.of(handler.payloadType()).value();
            EventHandler<?> previous = handlers.put(type, handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for " + type + ": " + previous + " and " + handler);
            }
        }
    }

    public boolean hasHandlers() {
        return !handlers.isEmpty();
    }

    public Set<String> handledTypes() {
        return handlers.keySet();
    }

    public Outcome process(String consumer, ConsumerRecord<String, byte[]> record) {
        Header redriveFor = record.headers().lastHeader(REDRIVE_FOR_HEADER);
        if (redriveFor != null && !consumer.equals(new String(redriveFor.value(), StandardCharsets.UTF_8))) {
            return new Outcome.Skipped();
        }
        CloudEvent event;
        try {
            event = codec.decode(record.value());
        } catch (MalformedEventException e) {
            return new Outcome.Dead(e.getMessage());
        }
        EventHandler<?> handler = handlers.get(event.getType());
        if (handler == null) {
            return new Outcome.Skipped();
        }
        try {
            return apply(consumer, record.key(), event, handler);
        } catch (MalformedEventException | EventRejectedException e) {
            return new Outcome.Dead(e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof EventNotReadyException || Failures.isTransient(e)) {
                return new Outcome.Retry(Failures.describe(e));
            }
            LOG.errorf(e, "handler for %s failed permanently on event %s", event.getType(), event.getId());
            return new Outcome.Dead("handler failed: " + Failures.describe(e));
        }
    }

    /**
     * Checks the payload against the Bean Validation constraints of the consumer's payload record, so a
     * handler only ever sees data that fits its contract; anything else is dead-lettered naming the fields.
     */
    private <T> void requireValid(CloudEvent event, T payload) {
        Set<ConstraintViolation<T>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            throw new EventRejectedException(event.getType() + " " + event.getId() + " cannot be applied: "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                            .collect(Collectors.joining("; ")));
        }
    }

    private <T> Outcome apply(String consumer, String key, CloudEvent event, EventHandler<T> handler) {
        int version = EventCodec.schemaVersion(event);
        if (!handler.supportedVersions().contains(version)
                && !acceptedVersions.getOrDefault(event.getType(), List.of()).contains(version)) {
            return new Outcome.Dead("unsupported schema version " + version + " of " + event.getType()
                    + " (supported: " + handler.supportedVersions() + ")");
        }
        T payload = codec.payload(event, handler.payloadType());
        requireValid(event, payload);
        IncomingEvent<T> incoming = new IncomingEvent<>(event.getId(), event.getType(), event.getSource().toString(),
                event.getSubject(), event.getTime(), version, key, payload);
        // What the handler changes is recorded in the audit history as the consumer's doing.
        Actor actor = Actor.system(consumer, event.getType());
        return AuditActors.as(actor, () -> QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery("""
                    insert into inbox_event (consumer, event_id, event_type, processed_at)
                    values (?1, ?2, ?3, ?4) on conflict do nothing
                    """)
                    .setParameter(1, consumer)
                    .setParameter(2, event.getId())
                    .setParameter(3, event.getType())
                    .setParameter(4, OffsetDateTime.now(clock))
                    .executeUpdate();
            if (inserted == 0) {
                return new Outcome.Duplicate();
            }
            handler.handle(incoming);
            return new Outcome.Processed();
        }));
    }
}
