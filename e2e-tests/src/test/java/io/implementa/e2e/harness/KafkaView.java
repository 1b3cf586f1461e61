package io.implementa.e2e.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the broker holds, as an outside observer sees it: every record of a topic up to its current end, the
 * end offsets, and how far each service's consumer group has committed. Goes through the Kafka proxy like the
 * services, so it cannot be used while that proxy is cut.
 */
final class KafkaView implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final Admin admin;
    private final Map<String, TopicReader> readers = new ConcurrentHashMap<>();
    private KafkaProducer<String, String> producer;

    KafkaView(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
    }

    /**
     * Every committed record of {@code topic} from its beginning to its end as of this call, in partition
     * order. Each topic keeps one reader that continues where it stopped, so a test may call this often.
     */
    List<Event> readAll(String topic) {
        return readers.computeIfAbsent(topic, TopicReader::new).readToEnd();
    }

    /** One topic read from its beginning by an unnamed consumer (no group, nothing committed). */
    private final class TopicReader {

        private final String topic;
        private final KafkaConsumer<String, String> consumer;
        private final List<Event> events = new ArrayList<>();
        private List<TopicPartition> partitions;

        TopicReader(String topic) {
            this.topic = topic;
            this.consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    // Records of aborted transactions are not events; the services' consumers skip them too.
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                    ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
        }

        synchronized List<Event> readToEnd() {
            if (partitions == null) {
                List<PartitionInfo> infos = Objects.requireNonNullElse(consumer.partitionsFor(topic), List.of());
                if (infos.isEmpty()) {
                    throw new IllegalStateException("topic " + topic + " does not exist");
                }
                partitions = infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end " + end + " within "
                            + READ_TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    events.add(Event.parse(topic, record.partition(), record.offset(), record.key(), record.value()));
                }
            }
            return List.copyOf(events);
        }

        synchronized void close() {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }

    synchronized void publish(String topic, String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + topic + ": " + e, e);
        }
    }

    /** The end offset of every partition of the topics. */
    Map<TopicPartition, Long> endOffsets(List<String> topics) throws InterruptedException, ExecutionException,
            TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (var description : admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS).values()) {
            description.partitions().forEach(partition ->
                    request.put(new TopicPartition(description.name(), partition.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(5, TimeUnit.SECONDS)
                .forEach((partition, info) -> end.put(partition, info.offset()));
        return end;
    }

    /**
     * How many records of the given topics the consumer group has not committed yet: records it has neither
     * applied nor dead-lettered. A partition it never committed counts from offset 0.
     */
    long uncommitted(String group, List<String> topics) throws InterruptedException, ExecutionException,
            TimeoutException {
        Map<TopicPartition, Long> end = endOffsets(topics);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        long lag = 0;
        for (var entry : end.entrySet()) {
            OffsetAndMetadata offset = committed.get(entry.getKey());
            lag += Math.max(0, entry.getValue() - (offset == null ? 0 : offset.offset()));
        }
        return lag;
    }

    /** How many partitions each member of the consumer group holds now, one entry per member. */
    List<Integer> memberAssignments(String group) throws InterruptedException, ExecutionException,
            TimeoutException {
        return admin.describeConsumerGroups(List.of(group)).all().get(5, TimeUnit.SECONDS).get(group).members()
                .stream()
                .map(member -> member.assignment().topicPartitions().size())
                .toList();
    }

    @Override
    public void close() {
        readers.values().forEach(TopicReader::close);
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(2));
            }
        }
        admin.close(Duration.ofSeconds(2));
    }
}
