package io.implementa.risk.action;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Mitigation actions over HTTP, and the reminder job's announcements, run by hand at chosen instants. */
@QuarkusTest
class MitigationActionTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String PROBLEM = "application/problem+json";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";
    static final String ACTIONS = RISKS + "/{riskId}/actions";
    static final String DUE_SOON = "io.implementa.risk.MitigationDueSoon";
    static final String OVERDUE = "io.implementa.risk.MitigationOverdue";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    @Inject
    MitigationReminderJob job;

    static String identify(Project project) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Key users not released","category":"RESOURCE","probability":3,"impact":3,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """)
                .when().post(RISKS, project.id())
                .then().statusCode(201).extract().path("id");
    }

    static String plan(Project project, String riskId, String dueDate) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Agree release plan with HR","owner":{"subject":"sub-actor","email":"actor@example.com",
                         "name":"Ada Actor"},"dueDate":"%s"}
                        """.formatted(dueDate))
                .when().post(ACTIONS, project.id(), riskId)
                .then().statusCode(201).extract().path("id");
    }

    static boolean about(ConsumerRecord<String, String> r, String type, String actionId) {
        return r.value().contains(type) && r.value().contains(actionId);
    }

    @Test
    void plansAnOpenActionWithOwnerAndDueDate() {
        Project project = feed.openRegister();
        String riskId = identify(project);
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Agree release plan with HR","owner":{"subject":"sub-actor","email":"actor@example.com",
                         "name":"Ada Actor"},"dueDate":"2030-01-15"}
                        """)
                .when().post(ACTIONS, project.id(), riskId)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/risks/" + riskId + "/actions/"))
                .body("status", equalTo("OPEN"))
                .body("owner.name", equalTo("Ada Actor"))
                .body("dueDate", equalTo("2030-01-15"))
                .body("riskId", equalTo(riskId));
    }

    @Test
    void listsARisksActionsSoonestDueFirstFilteredByStatus() {
        Project project = feed.openRegister();
        String riskId = identify(project);
        String later = plan(project, riskId, "2030-03-01");
        String sooner = plan(project, riskId, "2030-02-01");
        given().when().get(ACTIONS, project.id(), riskId)
                .then().statusCode(200).header("X-Total-Count", "2").body("items.id", equalTo(List.of(sooner, later)));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"status\":\"DONE\"}")
                .when().patch(ACTIONS + "/{actionId}", project.id(), riskId, sooner).then().statusCode(200);
        given().queryParam("status", "OPEN").when().get(ACTIONS, project.id(), riskId)
                .then().statusCode(200).body("items.id", equalTo(List.of(later)));
    }

    @Test
    void completingAnActionIsFinal() {
        Project project = feed.openRegister();
        String riskId = identify(project);
        String id = plan(project, riskId, "2030-01-15");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"status\":\"DONE\"}")
                .when().patch(ACTIONS + "/{actionId}", project.id(), riskId, id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("DONE"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body("{\"status\":\"OPEN\"}")
                .when().patch(ACTIONS + "/{actionId}", project.id(), riskId, id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/action-not-open"));
    }

    @Test
    void changingAnActionNeedsIfMatch() {
        Project project = feed.openRegister();
        String riskId = identify(project);
        String id = plan(project, riskId, "2030-01-15");
        given().contentType("application/merge-patch+json").body("{\"title\":\"x\"}")
                .when().patch(ACTIONS + "/{actionId}", project.id(), riskId, id)
                .then().statusCode(428).contentType(PROBLEM);
    }

    @Test
    void dueSoonIsAnnouncedOncePerDueDate() throws Exception {
        Project project = feed.openRegister();
        String riskId = identify(project);
        String id = plan(project, riskId, "2030-01-15");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            job.runFor(Instant.parse("2030-01-10T08:00:00Z"), project.id()); // five days ahead: not yet
            job.runFor(Instant.parse("2030-01-12T08:00:00Z"), project.id());
            job.runFor(Instant.parse("2030-01-13T08:00:00Z"), project.id());
            JsonNode data = json.readTree(events.awaitRecord(r -> about(r, DUE_SOON, id)).value()).get("data");
            assertEquals(3, data.get("daysLeft").asInt());
            assertEquals("2030-01-15", data.get("dueDate").asText());
            assertEquals("Ada Actor", data.get("owner").get("name").asText());
            assertEquals("Olu Owner", data.get("riskOwner").get("name").asText());
            assertEquals(project.key() + "-R-001", data.get("riskKey").asText());
            // A marker after the runs: everything the runs wrote has been read once it arrives.
            identify(project);
            events.awaitRecord(r -> r.value().contains("RiskIdentified") && r.value().contains(project.key() + "-R-002"));
            assertEquals(1, events.records().stream().filter(r -> about(r, DUE_SOON, id)).count());
        }
    }

    @Test
    void overdueIsAnnouncedOnceAndAgainOnlyAfterTheReminderInterval() throws Exception {
        Project project = feed.openRegister();
        String riskId = identify(project);
        String id = plan(project, riskId, "2030-01-15");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            job.runFor(Instant.parse("2030-01-16T08:00:00Z"), project.id());
            job.runFor(Instant.parse("2030-01-20T08:00:00Z"), project.id()); // within the 7-day reminder interval
            job.runFor(Instant.parse("2030-01-23T08:00:00Z"), project.id()); // 7 days after the first
            List<ConsumerRecord<String, String>> overdue = events.awaitRecords(r -> about(r, OVERDUE, id), 2);
            JsonNode first = json.readTree(overdue.get(0).value()).get("data");
            JsonNode second = json.readTree(overdue.get(1).value()).get("data");
            assertEquals(1, first.get("daysOverdue").asInt());
            assertEquals(1, first.get("announcement").asInt());
            assertEquals(8, second.get("daysOverdue").asInt());
            assertEquals(2, second.get("announcement").asInt());
        }
    }

    @Test
    void doneActionIsNeverAnnouncedOverdue() throws Exception {
        Project project = feed.openRegister();
        String riskId = identify(project);
        String id = plan(project, riskId, "2030-01-15");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"status\":\"DONE\"}")
                .when().patch(ACTIONS + "/{actionId}", project.id(), riskId, id).then().statusCode(200);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            job.runFor(Instant.parse("2030-02-01T08:00:00Z"), project.id());
            identify(project);
            events.awaitRecord(r -> r.value().contains("RiskIdentified") && r.value().contains(project.key() + "-R-002"));
            assertEquals(0, events.records().stream().filter(r -> r.value().contains(id)).count());
        }
    }

    @Test
    void anActionFallingOverdueChangesTheSummary() throws Exception {
        Project project = feed.openRegister();
        String riskId = identify(project);
        plan(project, riskId, "2030-01-15");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            job.runFor(Instant.parse("2030-01-16T08:00:00Z"), project.id());
            JsonNode data = json.readTree(events.awaitRecord(r -> r.key().equals(project.id().toString())
                    && r.value().contains("io.implementa.risk.RiskSummaryChanged")).value()).get("data");
            assertEquals(1, data.get("overdueActions").asInt());
        }
    }

    @Test
    void closedRiskTakesNoNewActions() {
        Project project = feed.openRegister();
        String riskId = identify(project);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\":\"CLOSED\",\"reason\":\"gone\"}")
                .when().post(RISKS + "/{riskId}/status", project.id(), riskId).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Too late","owner":{"subject":"s","email":"s@example.com","name":"S"},
                         "dueDate":"2030-01-15"}
                        """)
                .when().post(ACTIONS, project.id(), riskId)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/risk-not-open"));
    }

    @Test
    void changingAnActionAtAStaleVersionIs412AndChangesNothing() {
        Project project = feed.openRegister();
        String riskId = identify(project);
        String id = plan(project, riskId, "2030-01-15");
        given().contentType("application/merge-patch+json").header("If-Match", "\"5\"").body("{\"title\":\"x\"}")
                .when().patch(ACTIONS + "/{actionId}", project.id(), riskId, id)
                .then().statusCode(412).contentType(PROBLEM);
        given().when().get(ACTIONS + "/{actionId}", project.id(), riskId, id)
                .then().statusCode(200).header("ETag", "\"0\"");
    }
}
