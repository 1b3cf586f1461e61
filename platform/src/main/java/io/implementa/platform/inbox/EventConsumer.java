package io.implementa.platform.inbox;

import io.implementa.platform.config.PlatformConfig;
import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * The service's one Kafka consumer loop. Records of a partition are applied in order; an offset is
 * committed only after its record's inbox transaction committed (or it was dead-lettered), so a crash
 * re-delivers at most what the inbox then recognises as duplicates.
 *
 * <p>A transient failure rewinds the partition to the failed record and backs off exponentially, without
 * committing: the record is retried, never dead-lettered, and later records of that partition wait.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventProcessor processor;
    private final DeadLetters deadLetters;
    private final KafkaClients clients;
    private final Topics topics;
    private final PlatformConfig config;
    private final MeterRegistry meters;
    private final String group;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private volatile boolean running;
    private volatile long lag;
    private volatile KafkaConsumer<String, byte[]> consumer;

    public EventConsumer(EventProcessor processor, DeadLetters deadLetters, KafkaClients clients, Topics topics,
            PlatformConfig config, MeterRegistry meters) {
        this.processor = processor;
        this.deadLetters = deadLetters;
        this.clients = clients;
        this.topics = topics;
        this.config = config;
        this.meters = meters;
        this.group = config.consumer().groupId().orElse(config.serviceName());
        meters.gauge("implementa.consumer.lag", Tags.of("group", group), this, c -> c.lag);
    }

    /** The consumer group, which is also the consumer's name in the inbox and in dead-letter headers. */
    public String group() {
        return group;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.consumer().enabled() || topics.consumed().isEmpty() || !processor.hasHandlers()) {
            stopped.countDown();
            return;
        }
        running = true;
        Thread thread = new Thread(this::run, "event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            stopped.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            long backoff = config.consumer().retryInitialBackoff().toMillis();
            while (running && !topics.ensureExist()) {
                sleep(backoff);
            }
            try (KafkaConsumer<String, byte[]> kafka = clients.consumer(group, "consumer")) {
                consumer = kafka;
                kafka.subscribe(topics.consumed(), new RebalanceLog(kafka));
                LOG.infof("consuming %s as group %s, handling %s", topics.consumed(), group, processor.handledTypes());
                Duration pollTimeout = config.consumer().pollTimeout();
                while (running) {
                    ConsumerRecords<String, byte[]> records = kafka.poll(pollTimeout);
                    boolean mustRetry = applyAll(kafka, records);
                    lag = currentLag(kafka);
                    if (mustRetry) {
                        sleep(backoff);
                        backoff = Math.min(backoff * 2, config.consumer().retryMaxBackoff().toMillis());
                    } else {
                        backoff = config.consumer().retryInitialBackoff().toMillis();
                    }
                }
            } catch (WakeupException e) {
                if (running) {
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("event consumer stopped unexpectedly", e);
        } finally {
            consumer = null;
            stopped.countDown();
        }
    }

    /** Applies the polled records partition by partition; true if one must be retried after a back-off. */
    private boolean applyAll(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean mustRetry = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                Outcome outcome = processor.process(group, record);
                if (outcome instanceof Outcome.Dead dead && !deadLetters.send(group, record, dead.reason())) {
                    outcome = new Outcome.Retry("dead-letter topic unreachable");
                }
                if (outcome instanceof Outcome.Retry retry) {
                    LOG.warnf("retrying %s[%d]@%d later: %s", record.topic(), record.partition(), record.offset(),
                            retry.reason());
                    kafka.seek(partition, record.offset());
                    mustRetry = true;
                    break;
                }
                meters.counter("implementa.consumer.records", "group", group, "outcome",
                        outcome.getClass().getSimpleName().toLowerCase()).increment();
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        commit(kafka, done);
        return mustRetry;
    }

    private void commit(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            kafka.commitSync(offsets);
        } catch (CommitFailedException e) {
            // The partitions moved to another member, which resumes from the last commit; the inbox absorbs repeats.
            LOG.warnf("offset commit failed after a rebalance: %s", e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof WakeupException) {
                throw e;
            }
            LOG.warnf("offset commit failed, records will be redelivered: %s", e.getMessage());
        }
    }

    private static long currentLag(KafkaConsumer<String, byte[]> kafka) {
        long total = 0;
        for (TopicPartition partition : kafka.assignment()) {
            total += kafka.currentLag(partition).orElse(0);
        }
        return total;
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Offsets are committed after every poll, so a revocation leaves nothing to commit; it is only logged. */
    private record RebalanceLog(KafkaConsumer<String, byte[]> kafka) implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            LOG.debugf("partitions revoked: %s", partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.infof("partitions assigned: %s", partitions);
        }
    }
}
