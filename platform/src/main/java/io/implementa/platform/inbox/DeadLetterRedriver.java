package io.implementa.platform.inbox;

import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * Re-drives this service's dead letters: each one not re-driven before goes back to its original topic,
 * marked for this consumer alone, so the (fixed) consumer applies it and every other consumer ignores it.
 * Progress is a consumer group of its own on the dead-letter topic, so a letter is re-driven once.
 */
@ApplicationScoped
public class DeadLetterRedriver {

    private final KafkaClients clients;
    private final Topics topics;
    private final EventConsumer eventConsumer;

    public DeadLetterRedriver(KafkaClients clients, Topics topics, EventConsumer eventConsumer) {
        this.clients = clients;
        this.topics = topics;
        this.eventConsumer = eventConsumer;
    }

    /** Re-drives every dead letter written so far; returns how many were re-driven. */
    public synchronized int redriveAll() {
        String consumerName = eventConsumer.group();
        String dlt = topics.deadLetterTopic();
        int count = 0;
        try (KafkaConsumer<String, byte[]> reader = clients.consumer(consumerName + "-redrive", "redrive");
                KafkaProducer<String, byte[]> writer = clients.producer("redrive", 10_000)) {
            List<TopicPartition> partitions = reader.partitionsFor(dlt, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(dlt, p.partition())).toList();
            reader.assign(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            while (!caughtUp(reader, end)) {
                for (ConsumerRecord<String, byte[]> letter : reader.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(letter.topic(), letter.partition());
                    if (letter.offset() >= end.get(partition)) {
                        continue;
                    }
                    writer.send(redriven(letter, consumerName)).get(10, TimeUnit.SECONDS);
                    done.put(partition, new OffsetAndMetadata(letter.offset() + 1));
                    count++;
                }
                reader.commitSync(done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-drive interrupted after " + count + " letter(s)", e);
        } catch (Exception e) {
            throw new IllegalStateException("re-drive stopped after " + count + " letter(s): " + e.getMessage(), e);
        }
        return count;
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> reader, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (reader.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static ProducerRecord<String, byte[]> redriven(ConsumerRecord<String, byte[]> letter, String consumer) {
        Header topic = letter.headers().lastHeader(DeadLetters.ORIGINAL_TOPIC);
        if (topic == null) {
            throw new IllegalStateException("dead letter at offset " + letter.offset() + " names no original topic");
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(new String(topic.value(), StandardCharsets.UTF_8),
                letter.key(), letter.value());
        for (Header header : letter.headers()) {
            if (!header.key().startsWith("implementa-dlt-") && !header.key().equals(EventProcessor.REDRIVE_FOR_HEADER)) {
                record.headers().add(header);
            }
        }
        record.headers().add(EventProcessor.REDRIVE_FOR_HEADER, consumer.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
