package io.implementa.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.implementa.platform.config.PlatformConfig;
import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in sequence order, then deletes them.
 *
 * <p>Only one relay per service is active at a time, whatever the number of instances: the active one
 * holds a session-level PostgreSQL advisory lock on a dedicated connection. Concurrent relays would
 * reorder a key's events; a standby takes over within one poll interval when the holder's session ends.
 *
 * <p>Delivery is at least once: a crash between the broker's acknowledgement and the delete sends the
 * batch again, which consumers' inboxes absorb. While the broker is unreachable the rows simply wait.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock (class, object) pair of the relay leader; the two-int key space never meets the outbox's. */
    private static final int LOCK_CLASS = 0x1D01;
    private static final int LOCK_OBJECT = 1;

    private final AgroalDataSource dataSource;
    private final KafkaClients clients;
    private final Topics topics;
    private final PlatformConfig.Outbox settings;
    private final Semaphore wakeups = new Semaphore(0);
    private final Counter published;
    private final Counter failures;

    private volatile boolean running;
    private volatile boolean leader;
    private volatile long backlog;
    private Thread thread;

    public OutboxRelay(AgroalDataSource dataSource, KafkaClients clients, Topics topics, PlatformConfig config,
            MeterRegistry meters) {
        this.dataSource = dataSource;
        this.clients = clients;
        this.topics = topics;
        this.settings = config.outbox();
        this.published = meters.counter("implementa.outbox.published");
        this.failures = meters.counter("implementa.outbox.publish.failures");
        meters.gauge("implementa.outbox.backlog", this, relay -> relay.backlog);
        meters.gauge("implementa.outbox.leader", this, relay -> relay.leader ? 1 : 0);
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.relayEnabled()) {
            LOG.info("outbox relay disabled by configuration");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the relay to look at the outbox now rather than at its next poll. */
    public void wakeUp() {
        wakeups.release();
    }

    public boolean isLeader() {
        return leader;
    }

    /** Rows written but not yet acknowledged by the broker, as last seen by this instance's relay. */
    public long backlog() {
        return backlog;
    }

    private void run() {
        while (running && !topics.ensureExist()) {
            pause(settings.retryBackoff().toMillis());
        }
        int sendTimeout = (int) settings.sendTimeout().toMillis();
        try (KafkaProducer<String, byte[]> producer = clients.producer("outbox-relay", sendTimeout)) {
            while (running) {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(true);
                    if (!tryLead(connection)) {
                        pause(settings.pollInterval().toMillis() * 5);
                        continue;
                    }
                    leader = true;
                    LOG.info("this instance's outbox relay is now active");
                    relayWhileLeading(connection, producer);
                } catch (SQLException e) {
                    LOG.warnf("outbox relay lost its database connection: %s", e.getMessage());
                    pause(settings.retryBackoff().toMillis());
                } finally {
                    leader = false;
                }
            }
        }
    }

    private void relayWhileLeading(Connection connection, KafkaProducer<String, byte[]> producer) throws SQLException {
        while (running) {
            List<Row> batch = nextBatch(connection);
            if (batch.isEmpty()) {
                wakeups.drainPermits();
                awaitWork();
                continue;
            }
            if (send(producer, batch)) {
                delete(connection, batch);
                published.increment(batch.size());
            } else {
                failures.increment();
                pause(settings.retryBackoff().toMillis());
            }
        }
    }

    private boolean tryLead(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, LOCK_OBJECT);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private List<Row> nextBatch(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select seq, topic, record_key, payload, (select count(*) from outbox_event) "
                        + "from outbox_event order by seq limit ?")) {
            statement.setInt(1, settings.batchSize());
            try (ResultSet result = statement.executeQuery()) {
                long total = 0;
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getBytes(4)));
                    total = result.getLong(5);
                }
                backlog = total;
            }
        }
        return rows;
    }

    /** Sends a batch and waits for every acknowledgement; false if any record was not acknowledged. */
    private boolean send(KafkaProducer<String, byte[]> producer, List<Row> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        try {
            for (Row row : batch) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
                record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warnf("outbox relay could not publish %d event(s), will retry: %s", batch.size(), e.getMessage());
            return false;
        }
    }

    private void delete(Connection connection, List<Row> batch) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("delete from outbox_event where seq = any (?)")) {
            Long[] seqs = batch.stream().map(Row::seq).toArray(Long[]::new);
            statement.setArray(1, connection.createArrayOf("bigint", seqs));
            statement.executeUpdate();
        }
        backlog = Math.max(0, backlog - batch.size());
    }

    private void awaitWork() {
        try {
            wakeups.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void pause(long millis) {
        try {
            wakeups.tryAcquire(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record Row(long seq, String topic, String key, byte[] payload) {
    }
}
