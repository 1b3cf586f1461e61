package io.implementa.stack.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Reads one topic of the test broker so a test can assert the events a service published, the
 * way any other consumer would see them.
 *
 * <p>It reads all partitions directly (no consumer group, so no rebalance to wait for and no
 * offsets committed). Tests share the topic, so each looks for its own records, by key or by
 * content:
 * <pre>{@code
 * try (var events = KafkaTestConsumer.fromEnd("project-events")) {
 *     String id = createProject();
 *     var record = events.awaitRecord(KafkaTestConsumer.withKey(id));
 *     ...
 * }
 * }</pre>
 * Open it before the action under test when reading {@link #fromEnd}, so that the action's
 * records come after the starting position.
 */
public final class KafkaTestConsumer implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final int MAX_SHOWN_VALUE_LENGTH = 300;

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();
    private final Duration timeout;

    private KafkaTestConsumer(String topic, KafkaConsumer<String, String> consumer, Duration timeout) {
        this.topic = topic;
        this.consumer = consumer;
        this.timeout = timeout;
    }

    /** Reads the records published to {@code topic} of the test broker from now on. */
    public static KafkaTestConsumer fromEnd(String topic) {
        return open(TestInfrastructure.bootstrapServers(), topic, false, DEFAULT_TIMEOUT);
    }

    /** Reads every record still kept in {@code topic} of the test broker, then new ones. */
    public static KafkaTestConsumer fromBeginning(String topic) {
        return open(TestInfrastructure.bootstrapServers(), topic, true, DEFAULT_TIMEOUT);
    }

    /**
     * Reads {@code topic} of any broker. Waits up to {@code timeout} for the topic to exist,
     * since services create their topics as they start.
     */
    public static KafkaTestConsumer open(String bootstrapServers, String topic, boolean fromBeginning,
                                         Duration timeout) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                // Records of aborted transactions are not events; a service's consumer skips them too.
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000"));
        try {
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, timeout);
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            // Seeks are lazy; resolve them now so records published after this call are read.
            partitions.forEach(consumer::position);
            return new KafkaTestConsumer(topic, consumer, timeout);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    private static List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> consumer, String topic,
                                                        Duration timeout) {
        AtomicReference<List<PartitionInfo>> partitions = new AtomicReference<>(List.of());
        try {
            Awaitility.await("partitions of topic " + topic)
                    .atMost(timeout)
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(100))
                    .ignoreExceptions()
                    .until(() -> {
                        partitions.set(Objects.requireNonNullElse(consumer.partitionsFor(topic), List.of()));
                        return !partitions.get().isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Topic " + topic + " does not exist after " + timeout, e);
        }
        return partitions.get().stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    /** A predicate for records with the given key, e.g. the aggregate id a test created. */
    public static Predicate<ConsumerRecord<String, String>> withKey(String key) {
        return record -> Objects.equals(record.key(), key);
    }

    /** Waits for the first record matching {@code predicate}, among those read so far or later. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> predicate) {
        return awaitRecords(predicate, 1).get(0);
    }

    /** Waits until {@code count} records match {@code predicate}; returns them in the order read. */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<ConsumerRecord<String, String>> predicate,
                                                             int count) {
        try {
            Awaitility.await()
                    .atMost(timeout)
                    .pollInSameThread() // KafkaConsumer must only be used from one thread.
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        pollOnce();
                        return matching(predicate).size() >= count;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within " + timeout
                    + " but found " + matching(predicate).size() + "; read so far:\n" + describeReceived());
        }
        return matching(predicate).subList(0, count);
    }

    /** Reads what is available now and returns every record read so far. */
    public List<ConsumerRecord<String, String>> records() {
        pollOnce();
        return List.copyOf(received);
    }

    private void pollOnce() {
        consumer.poll(POLL_TIMEOUT).forEach(received::add);
    }

    private List<ConsumerRecord<String, String>> matching(Predicate<ConsumerRecord<String, String>> predicate) {
        return received.stream().filter(predicate).toList();
    }

    private String describeReceived() {
        if (received.isEmpty()) {
            return "  (nothing)";
        }
        return received.stream()
                .map(record -> "  key=" + record.key() + " value=" + abbreviate(record.value()))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String value) {
        if (value == null || value.length() <= MAX_SHOWN_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_SHOWN_VALUE_LENGTH) + "...";
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
    }
}
