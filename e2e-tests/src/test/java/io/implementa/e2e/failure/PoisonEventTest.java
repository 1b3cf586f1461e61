package io.implementa.e2e.failure;

import static io.implementa.e2e.harness.E2e.api;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.Event;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Service;
import io.implementa.stack.testing.KafkaTestConsumer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Events no consumer can process — not JSON at all, or a schema version of a handled type that the consumer
 * does not understand — go to each consumer's dead-letter topic, and the consumer goes on with the next event of
 * the same partition; the documented re-drive (docs/runbook.md) replays them once the consumer is fixed.
 */
@E2eTest
class PoisonEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PROJECT_CREATED = "io.implementa.project.ProjectCreated";
    private static final String CONSUMERS_ACCEPT_V2 =
            "implementa.consumer.accepted-versions.\"" + PROJECT_CREATED + "\"";

    @Test
    void malformedAndUnsupportedVersionEventsAreDeadLetteredAndTheNextEventOfThePartitionIsApplied() {
        String projectId = UUID.randomUUID().toString();
        String key = Projects.uniqueKey();
        try (KafkaTestConsumer riskLetters = E2e.consumer(Service.RISK.deadLetterTopic(), false);
                KafkaTestConsumer notificationLetters = E2e.consumer(Service.NOTIFICATION.deadLetterTopic(), false)) {
            // All three under the project's key: one partition, in this order.
            E2e.publish(Service.Topics.PROJECT_EVENTS, projectId, "{\"specversion\": \"1.0\", \"id\": ");
            E2e.publish(Service.Topics.PROJECT_EVENTS, projectId, projectCreated(projectId, key, 2));
            E2e.publish(Service.Topics.PROJECT_EVENTS, projectId, projectCreated(projectId, key, 1));

            for (KafkaTestConsumer letters : List.of(riskLetters, notificationLetters)) {
                List<ConsumerRecord<String, String>> dead = letters.awaitRecords(KafkaTestConsumer.withKey(projectId),
                        2);
                assertTrue(header(dead.get(0), "implementa-dlt-reason").startsWith("not a CloudEvents JSON envelope"),
                        header(dead.get(0), "implementa-dlt-reason"));
                assertTrue(header(dead.get(1), "implementa-dlt-reason")
                        .startsWith("unsupported schema version 2 of " + PROJECT_CREATED),
                        header(dead.get(1), "implementa-dlt-reason"));
                assertEquals(Service.Topics.PROJECT_EVENTS, header(dead.get(1), "implementa-dlt-original-topic"));
            }
        }

        // The version-1 event behind them was applied by both consumers, once.
        String admin = E2e.adminToken();
        await("register opened").atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api(Service.RISK, admin).get("/api/v1/projects/{id}/risk-register", projectId)
                        .then().statusCode(200).body("projectKey", equalTo(key)));
        await("recipients known").atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api(Service.NOTIFICATION, admin).get("/api/v1/projects/{id}/recipients", projectId)
                        .then().statusCode(200).header("X-Total-Count", "2"));
        E2e.awaitSettled(WAIT);
        assertEquals(1, effects(Service.Topics.RISK_EVENTS, "RiskRegisterOpened", projectId));
        assertEquals(1, effects(Service.Topics.NOTIFICATION_EVENTS, "RecipientDirectoryUpdated", projectId));
    }

    @Test
    void aDeadLetteredVersionIsReplayedOnceByTheRedriveAfterTheConsumerIsRedeployedToAcceptIt() {
        String projectId = UUID.randomUUID().toString();
        String key = Projects.uniqueKey();
        String admin = E2e.adminToken();
        try (KafkaTestConsumer riskLetters = E2e.consumer(Service.RISK.deadLetterTopic(), false)) {
            E2e.publish(Service.Topics.PROJECT_EVENTS, projectId, projectCreated(projectId, key, 2));
            riskLetters.awaitRecord(KafkaTestConsumer.withKey(projectId));
        }
        api(Service.RISK, admin).get("/api/v1/projects/{id}/risk-register", projectId).then().statusCode(404);

        // The fix: the risk-service redeployed understanding version 2 (here by the operator's declaration that
        // version 2 changed nothing it reads; normally a release whose handler supports it). Then the re-drive.
        E2e.restartWith(Service.RISK, Map.of(CONSUMERS_ACCEPT_V2, "2"));
        api(Service.RISK, admin).post("/api/v1/admin/dead-letters/redrive")
                .then().statusCode(200).body("redriven", greaterThanOrEqualTo(1));

        await("register opened from the re-driven event").atMost(WAIT).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> api(Service.RISK, admin).get("/api/v1/projects/{id}/risk-register", projectId)
                        .then().statusCode(200).body("projectKey", equalTo(key)));
        // A second re-drive does not send it again, and the re-driven copy was for the risk-service alone: the
        // notification-service, which dead-lettered the same event, has not applied it.
        api(Service.RISK, admin).post("/api/v1/admin/dead-letters/redrive").then().statusCode(200);
        E2e.awaitSettled(WAIT);
        assertEquals(1, effects(Service.Topics.RISK_EVENTS, "RiskRegisterOpened", projectId));
        assertEquals(0, effects(Service.Topics.NOTIFICATION_EVENTS, "RecipientDirectoryUpdated", projectId));
        api(Service.NOTIFICATION, admin).get("/api/v1/projects/{id}/recipients", projectId).then().statusCode(404);
        long copies = E2e.events(Service.Topics.PROJECT_EVENTS).stream()
                .filter(event -> projectId.equals(event.key()) && event.is("ProjectCreated"))
                .count();
        assertEquals(2, copies, "the original and exactly one re-driven copy");
    }

    private static long effects(String topic, String type, String projectId) {
        return E2e.events(topic).stream()
                .filter(event -> event.is(type) && projectId.equals(event.key()))
                .map(Event::id)
                .distinct()
                .count();
    }

    /** A ProjectCreated as the project-service writes it (docs/events.md), in the given schema version. */
    private static String projectCreated(String projectId, String key, int version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("projectId", projectId);
        data.put("projectKey", key);
        data.put("name", "ERP roll-out " + key);
        data.put("type", "IMPLEMENTATION");
        data.put("status", "PROPOSED");
        data.put("phase", "INITIATION");
        data.put("sponsor", E2e.person("sam"));
        data.put("manager", E2e.person("alice"));
        data.put("plannedStart", "2027-01-04");
        data.put("plannedEnd", "2027-12-17");
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("source", "/implementa/project-service");
        envelope.put("type", PROJECT_CREATED);
        envelope.put("subject", projectId);
        envelope.put("time", Instant.now().toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("schemaversion", version);
        envelope.put("data", data);
        try {
            return JSON.writeValueAsString(envelope);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
