package io.implementa.platform;

import static io.implementa.platform.PlatformTestSupport.DLT;
import static io.implementa.platform.PlatformTestSupport.TOPIC;
import static io.implementa.platform.PlatformTestSupport.createGadget;
import static io.implementa.platform.PlatformTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.implementa.platform.events.EventCodec;
import io.implementa.platform.inbox.DeadLetters;
import io.implementa.platform.testapp.GadgetCreated;
import io.implementa.platform.testapp.GadgetCreatedHandler;
import io.implementa.platform.testapp.TestDatabase;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Outbox → Kafka → inbox, against the real broker and database. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "platform_test"))
class EventFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestDatabase db;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper json;

    @AfterEach
    void restoreHandler() {
        setSupportedVersions(Set.of(1));
    }

    @Test
    void eventWrittenWithChangeIsPublishedAsCloudEventKeyedByAggregate() throws Exception {
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String name = unique("delivered-");
            String id = createGadget(name);

            ConsumerRecord<String, String> record = events.awaitRecord(KafkaTestConsumer.withKey(id));
            JsonNode envelope = json.readTree(record.value());
            assertEquals("1.0", envelope.get("specversion").asText());
            assertEquals("io.implementa.test.GadgetCreated", envelope.get("type").asText());
            assertEquals("/implementa/platform-test", envelope.get("source").asText());
            assertEquals(id, envelope.get("subject").asText());
            assertEquals(1, envelope.get("schemaversion").asInt());
            assertEquals("application/json", envelope.get("datacontenttype").asText());
            assertEquals(name, envelope.get("data").get("name").asText());
            assertNotNull(envelope.get("time"));
            assertEquals(EventCodec.CONTENT_TYPE,
                    new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void eventOfARolledBackChangeIsNeverPublished() {
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String rolledBack = unique("rollback-");
            given().contentType(ContentType.JSON).body("{\"name\":\"" + rolledBack + "\",\"weight\":1}")
                    .when().post("/api/v1/gadgets")
                    .then().statusCode(422);
            // A later change of the same service is delivered; the rolled-back one never is.
            String marker = createGadget(unique("after-rollback-"));
            events.awaitRecord(KafkaTestConsumer.withKey(marker));

            assertTrue(events.records().stream().noneMatch(r -> r.value().contains(rolledBack)));
            assertEquals(0, db.gadgets(rolledBack));
        }
    }

    @Test
    void eventDeliveredTwiceHasOneEffect() throws Exception {
        String name = unique("twice-");
        byte[] event = codec.encode(codec.envelope(UUID.randomUUID(), "x", OffsetDateTime.now(),
                new GadgetCreated(UUID.randomUUID(), name)));
        send("k-" + name, event);
        send("k-" + name, event);
        String marker = unique("marker-");
        send("k-" + name, codec.encode(codec.envelope(UUID.randomUUID(), "x", OffsetDateTime.now(),
                new GadgetCreated(UUID.randomUUID(), marker))));

        await().atMost(WAIT).until(() -> db.timesSeen(marker) == 1);
        assertEquals(1, db.timesSeen(name));
    }

    @Test
    void poisonEventIsDeadLetteredAndTheNextEventIsStillProcessed() throws Exception {
        String key = unique("poison-");
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DLT)) {
            send(key, "{not json".getBytes(StandardCharsets.UTF_8));
            String next = unique("after-poison-");
            send(key, envelope(next, 1));

            await().atMost(WAIT).until(() -> db.timesSeen(next) == 1);
            ConsumerRecord<String, String> letter = deadLetters.awaitRecord(KafkaTestConsumer.withKey(key));
            assertEquals("{not json", letter.value());
            assertTrue(header(letter, DeadLetters.REASON).startsWith("not a CloudEvents JSON envelope"));
            assertEquals(TOPIC, header(letter, DeadLetters.ORIGINAL_TOPIC));
            assertEquals("platform-test", header(letter, DeadLetters.CONSUMER));
        }
    }

    @Test
    void eventRejectedByItsHandlerIsDeadLettered() throws Exception {
        String name = unique("reject-");
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DLT)) {
            send(name, envelope(name, 1));
            ConsumerRecord<String, String> letter = deadLetters.awaitRecord(KafkaTestConsumer.withKey(name));
            assertEquals("gadget names starting with reject- are refused", header(letter, DeadLetters.REASON));
            assertEquals(0, db.timesSeen(name));
        }
    }

    @Test
    void eventWhoseDataBreaksTheConsumersContractIsDeadLetteredNamingTheField() throws Exception {
        String name = unique("no-id-");
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DLT)) {
            send(name, codec.encode(codec.envelope(UUID.randomUUID(), "x", OffsetDateTime.now(),
                    new GadgetCreated(null, name))));
            ConsumerRecord<String, String> letter = deadLetters.awaitRecord(KafkaTestConsumer.withKey(name));
            assertTrue(header(letter, DeadLetters.REASON).endsWith("cannot be applied: gadgetId must not be null"),
                    header(letter, DeadLetters.REASON));
        }
        assertEquals(0, db.timesSeen(name));
    }

    @Test
    void unsupportedSchemaVersionIsDeadLetteredAndRedrivenOnceTheConsumerIsFixed() throws Exception {
        String name = unique("v2-");
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DLT)) {
            send(name, envelope(name, 2));
            ConsumerRecord<String, String> letter = deadLetters.awaitRecord(KafkaTestConsumer.withKey(name));
            assertTrue(header(letter, DeadLetters.REASON).startsWith("unsupported schema version 2"));
        }
        assertEquals(0, db.timesSeen(name));

        setSupportedVersions(Set.of(1, 2));
        given().when().post("/api/v1/admin/dead-letters/redrive")
                .then().statusCode(200).body("redriven", greaterThanOrEqualTo(1));

        await().atMost(WAIT).until(() -> db.timesSeen(name) == 1);
        // A second re-drive does not send this letter again: each letter is re-driven once.
        given().when().post("/api/v1/admin/dead-letters/redrive").then().statusCode(200);
        String marker = unique("marker-");
        send(marker, envelope(marker, 1));
        await().atMost(WAIT).until(() -> db.timesSeen(marker) == 1);
        assertEquals(1, db.timesSeen(name));
    }

    @Test
    void schemaVersionAnOperatorDeclaredAcceptedIsAppliedWithoutANewRelease() throws Exception {
        String name = unique("v3-");
        send(name, envelope(name, 3));
        await().atMost(WAIT).until(() -> db.timesSeen(name) == 1);
    }

    @Test
    void transientHandlerFailureIsRetriedNotDeadLettered() throws Exception {
        String name = unique("not-ready-3-");
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DLT)) {
            send(name, envelope(name, 1));
            await().atMost(WAIT).until(() -> db.timesSeen(name) == 1);
            String marker = unique("marker-");
            send(marker, envelope(marker, 1));
            await().atMost(WAIT).until(() -> db.timesSeen(marker) == 1);
            assertTrue(deadLetters.records().stream().noneMatch(r -> name.equals(r.key())));
        }
    }

    @Test
    void eventArrivingWhileTheOwnDatabaseIsDownIsRetriedNotDeadLettered() throws Exception {
        assumeTrue(TestInfrastructure.proxiesAvailable());
        String name = unique("db-down-");
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DLT)) {
            try (var outage = TestInfrastructure.postgresProxy().outage()) {
                send(name, envelope(name, 1));
                // Let the consumer fail on it a few times while the database is away.
                TimeUnit.SECONDS.sleep(3);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> db.timesSeen(name) == 1);
            assertTrue(deadLetters.records().stream().noneMatch(r -> name.equals(r.key())));
        }
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreDeliveredWhenItReturns() throws Exception {
        assumeTrue(TestInfrastructure.proxiesAvailable());
        String name = unique("outage-");
        String id;
        try (var outage = TestInfrastructure.kafkaProxy().outage()) {
            id = createGadget(name);
            // The write succeeded and its event waits in the outbox.
            TimeUnit.MILLISECONDS.sleep(500);
            assertEquals(1, db.outboxRowsFor(UUID.fromString(id)));
            assertEquals(0, db.timesSeen(name));
        }
        String gadgetId = id;
        await().atMost(Duration.ofSeconds(60)).until(() -> db.timesSeen(name) == 1);
        await().atMost(WAIT).until(() -> db.outboxRowsFor(UUID.fromString(gadgetId)) == 0);
    }

    private static void setSupportedVersions(Set<Integer> versions) {
        GadgetCreatedHandler.supportedVersions = versions;
    }

    private byte[] envelope(String name, int version) {
        CloudEvent v1 = codec.envelope(UUID.randomUUID(), "x", OffsetDateTime.now(),
                new GadgetCreated(UUID.randomUUID(), name));
        return codec.encode(CloudEventBuilder.v1(v1).withExtension(EventCodec.SCHEMA_VERSION, version).build());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static void send(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(10, TimeUnit.SECONDS);
        }
    }
}
