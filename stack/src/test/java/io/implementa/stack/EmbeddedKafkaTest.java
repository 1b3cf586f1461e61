package io.implementa.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import io.implementa.stack.testing.KafkaTestConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @BeforeAll
    static void quietKafka() {
        ServerLogging.quiet();
    }

    @Test
    void keepsTopicsAndRecordsAcrossRestartsOfAPersistentBroker(@TempDir Path directory) throws Exception {
        Path logs = directory.resolve("kafka");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.persistent(0, logs))) {
            createTopic(kafka.bootstrapServers(), "orders");
            produce(kafka.bootstrapServers(), "orders", "order-1", "created");
        }

        try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.persistent(0, logs));
             KafkaTestConsumer orders = KafkaTestConsumer.open(kafka.bootstrapServers(), "orders", true,
                     Duration.ofSeconds(10))) {
            assertEquals("created", orders.awaitRecord(KafkaTestConsumer.withKey("order-1")).value());
        }
    }

    static void createTopic(String bootstrapServers, String topic) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
        }
    }

    static void produce(String bootstrapServers, String topic, String key, String value)
            throws ExecutionException, InterruptedException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
