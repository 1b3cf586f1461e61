package io.implementa.e2e.scenario;

import static io.implementa.e2e.harness.E2e.api;
import static io.implementa.e2e.harness.E2e.token;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Service;
import io.implementa.stack.testing.KafkaTestConsumer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A project proposed in the project-service becomes known everywhere through its events: the risk-service opens
 * its register and lets its members work in it, the notification-service knows whom to tell about it, and
 * people outside the project see it nowhere.
 */
@E2eTest
class ProjectAnnouncedAcrossServicesTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void aProposedProjectReachesTheRiskAndNotificationServicesAndOnlyItsMembers() throws Exception {
        String alice = token("alice");
        String mallory = token("mallory");
        String key = Projects.uniqueKey();

        String projectId = api(Service.PROJECT, alice)
                .body(Projects.proposal(key, "sam", "alice"))
                .post("/api/v1/projects")
                .then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("manager.subject", equalTo("alice"))
                .extract().path("id");

        // The risk-service opened the register from ProjectCreated, and knows alice as the manager from MemberAdded.
        await("risk register of " + key).atMost(PROPAGATION).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                api(Service.RISK, alice).get("/api/v1/projects/{id}/risk-register", projectId)
                        .then().statusCode(200)
                        .body("projectId", equalTo(projectId))
                        .body("projectKey", equalTo(key))
                        .body("status", equalTo("OPEN"))
                        .body("manager.subject", equalTo("alice")));

        try (KafkaTestConsumer riskEvents = E2e.consumer(Service.Topics.RISK_EVENTS, false)) {
            String riskKey = api(Service.RISK, alice)
                    .body(riskOwnedBy("alice"))
                    .post("/api/v1/projects/{id}/risks", projectId)
                    .then().statusCode(201)
                    .body("projectId", equalTo(projectId))
                    .body("score", equalTo(12))
                    .body("status", equalTo("IDENTIFIED"))
                    .extract().path("key");
            assertEquals(key + "-R-001", riskKey);

            ConsumerRecord<String, String> identified = riskEvents.awaitRecord(record ->
                    projectId.equals(record.key()) && record.value().contains("RiskIdentified"));
            assertEquals(projectId, identified.key());
        }

        // The notification-service built the project's recipient directory from the same event.
        await("recipients of " + key).atMost(PROPAGATION).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                api(Service.NOTIFICATION, alice).get("/api/v1/projects/{id}/recipients", projectId)
                        .then().statusCode(200)
                        .header("X-Total-Count", "2")
                        .body("items.recipient.person.subject", containsInAnyOrder("sam", "alice"))
                        .body("items.find { it.recipient.person.subject == 'sam' }.roles", hasItem("SPONSOR"))
                        .body("items.find { it.recipient.person.subject == 'alice' }.roles", hasItem("MANAGER"))
                        .body("items.find { it.recipient.person.subject == 'alice' }.recipient.email",
                                equalTo("alice@example.com")));

        // Someone outside the project learns nothing, not even that it exists, in any service.
        api(Service.PROJECT, mallory).get("/api/v1/projects/{id}", projectId)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://implementa.io/problems/not-found"));
        api(Service.RISK, mallory).get("/api/v1/projects/{id}/risk-register", projectId)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://implementa.io/problems/not-found"));
        api(Service.RISK, mallory).body(riskOwnedBy("mallory"))
                .post("/api/v1/projects/{id}/risks", projectId)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        api(Service.NOTIFICATION, mallory).get("/api/v1/projects/{id}/recipients", projectId)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private static Map<String, Object> riskOwnedBy(String owner) {
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("title", "Legacy customer data fails the new ERP's validation rules");
        risk.put("category", "DATA_MIGRATION");
        risk.put("probability", 4);
        risk.put("impact", 3);
        risk.put("owner", E2e.person(owner));
        return risk;
    }
}
