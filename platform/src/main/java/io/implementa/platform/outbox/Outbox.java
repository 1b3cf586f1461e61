package io.implementa.platform.outbox;

import io.cloudevents.CloudEvent;
import io.implementa.platform.config.PlatformConfig;
import io.implementa.platform.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes events into the service's outbox table in the caller's transaction, so a change is never
 * committed without its event and no event survives a rollback. {@link OutboxRelay} publishes them.
 *
 * <p>Writers of the same record key take a transaction-scoped advisory lock first: a second transaction
 * for that key waits until the first commits, so outbox sequence order equals commit order per key.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final EventCodec codec;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final OutboxBypass bypass;
    private final String topic;

    public Outbox(EntityManager em, EventCodec codec, Clock clock, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, OutboxBypass bypass, PlatformConfig config) {
        this.bypass = bypass;
        this.em = em;
        this.codec = codec;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
        this.topic = config.kafka().topic().orElse(null);
    }

    /**
     * Records an event for publication when the current transaction commits.
     *
     * @param key     the Kafka record key: the project id for project-scoped events, else the aggregate id
     * @param subject the CloudEvents subject: the id of the aggregate the event is about
     * @param payload an {@code @EventType}-annotated payload
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Object key, Object subject, Object payload) {
        if (topic == null) {
            throw new IllegalStateException("implementa.kafka.topic is not configured: this service publishes no events");
        }
        UUID id = UUID.randomUUID();
        String recordKey = key.toString();
        CloudEvent event = codec.envelope(id, subject.toString(), OffsetDateTime.now(clock), payload);
        if (bypass.enabled()) {
            transactions.registerInterposedSynchronization(
                    new SendOnCommit(bypass, topic, recordKey, codec.encode(event)));
            return id;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, recordKey)
                .getSingleResult();
        em.createNativeQuery("""
                insert into outbox_event (id, topic, record_key, type, payload, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                """)
                .setParameter(1, id)
                .setParameter(2, topic)
                .setParameter(3, recordKey)
                .setParameter(4, event.getType())
                .setParameter(5, codec.encode(event))
                .setParameter(6, event.getTime())
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return id;
    }

    /** Test only ({@link OutboxBypass}): the event goes straight to Kafka once the change has committed. */
    private record SendOnCommit(OutboxBypass bypass, String topic, String key, byte[] payload)
            implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                bypass.send(topic, key, payload);
            }
        }
    }

    /** Lets a relay running in this instance publish right after commit instead of at its next poll. */
    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
