package io.implementa.risk.register;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A project's end closes its register: open risks are closed and announced, and the register turns read-only. */
@QuarkusTest
class RegisterClosingTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String PROBLEM = "application/problem+json";
    static final String REGISTER = "/api/v1/projects/{projectId}/risk-register";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";
    static final String CLOSED = "io.implementa.risk.RiskClosed";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    static String identify(Project project, String title) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","category":"VENDOR","probability":2,"impact":3,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """.formatted(title))
                .when().post(RISKS, project.id())
                .then().statusCode(201).extract().path("id");
    }

    void awaitClosed(Project project) {
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().when().get(REGISTER, project.id())
                .then().statusCode(200).body("status", equalTo("CLOSED")));
    }

    static boolean closedRisk(ConsumerRecord<String, String> r, Project project) {
        return r.key().equals(project.id().toString()) && r.value().contains(CLOSED);
    }

    @Test
    void projectClosedClosesEveryOpenRiskWithTheReasonAndWhoClosedIt() throws Exception {
        Project project = feed.openRegister();
        String first = identify(project, "First");
        String second = identify(project, "Second");
        String alreadyClosed = identify(project, "Already closed");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\":\"CLOSED\",\"reason\":\"resolved\"}")
                .when().post(RISKS + "/{riskId}/status", project.id(), alreadyClosed).then().statusCode(200);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            feed.publish(project, feed.closed(project));
            List<ConsumerRecord<String, String>> closed = events.awaitRecords(r -> closedRisk(r, project), 2);
            Set<String> ids = closed.stream().map(r -> data(r).get("riskId").asText()).collect(Collectors.toSet());
            assertEquals(Set.of(first, second), ids);
            JsonNode data = data(closed.get(0));
            assertEquals("project closed", data.get("reason").asText());
            assertEquals("IDENTIFIED", data.get("previousStatus").asText());
            assertEquals(ProjectFeed.CLOSER.subject(), data.get("by").get("subject").asText());
            assertEquals(ProjectFeed.CLOSER.name(), data.get("by").get("name").asText());
        }
        awaitClosed(project);
        given().queryParam("status", "CLOSED").when().get(RISKS, project.id())
                .then().statusCode(200).body("totalItems", equalTo(3));
    }

    @Test
    void projectCancelledClosesTheRegisterToo() {
        Project project = feed.openRegister();
        String id = identify(project, "Cancelled with the project");
        feed.publish(project, feed.cancelled(project));
        awaitClosed(project);
        given().when().get(RISKS + "/{riskId}/assessments", project.id(), id)
                .then().statusCode(200).body("items[0].reason", equalTo("project cancelled"));
    }

    @Test
    void closedRegisterRefusesNewRisksAndChanges() {
        Project project = feed.openRegister();
        String id = identify(project, "Before closing");
        feed.publish(project, feed.closed(project));
        awaitClosed(project);
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Late","category":"VENDOR","probability":2,"impact":3,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """)
                .when().post(RISKS, project.id())
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/register-closed"));
        given().contentType(ContentType.JSON).header("If-Match", "*")
                .body("""
                        {"kind":"THREAT","probability":2,"impacts":{"schedule":2,"cost":1,"scopeQuality":1},
                         "reason":"too late"}
                        """)
                .when().post(RISKS + "/{riskId}/assessments", project.id(), id)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/register-closed"));
        given().contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"mediumFrom\":4,\"highFrom\":8,\"criticalFrom\":12,\"escalationFrom\":10}")
                .when().put("/api/v1/projects/{projectId}/risk-appetite", project.id())
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/register-closed"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Too late","owner":{"subject":"s","email":"s@example.com","name":"S"},
                         "dueDate":"2030-01-15"}
                        """)
                .when().post(RISKS + "/{riskId}/actions", project.id(), id)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/register-closed"));
    }

    @Test
    void aSecondClosureChangesNothing() throws Exception {
        Project project = feed.openRegister();
        identify(project, "Only once");
        feed.publish(project, feed.closed(project));
        awaitClosed(project);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            feed.publish(project, feed.cancelled(project));
            // A marker on the same partition: once its register opens, the cancellation has been applied.
            Project marker = ProjectFeed.newProject();
            feed.publish(project, feed.created(marker));
            events.awaitRecord(r -> r.value().contains("RiskRegisterOpened") && r.value().contains(marker.key()));
            assertEquals(0, events.records().stream().filter(r -> closedRisk(r, project)).count());
        }
    }

    private JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).get("data");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
