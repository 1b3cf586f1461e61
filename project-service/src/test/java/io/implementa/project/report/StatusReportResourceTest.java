package io.implementa.project.report;

import static io.implementa.project.cost.Costs.approvedBudget;
import static io.implementa.project.cost.Costs.book;
import static io.implementa.project.lifecycle.Lifecycle.event;
import static io.implementa.project.lifecycle.Lifecycle.read;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.implementa.project.lifecycle.Lifecycle;
import io.implementa.project.lifecycle.Lifecycle.People;
import io.implementa.project.projection.ExternalFeed;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatusReportResourceTest {

    static final String TOPIC = "implementa.project.events";

    @Inject
    ExternalFeed feed;

    static String healthOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/health";
    }

    static String reportsOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/status-reports";
    }

    @Test
    void theProposedHealthFollowsRiskAndResourceEvents() {
        People p = Lifecycle.project();
        UUID projectId = UUID.fromString(p.projectId());
        given().when().get(healthOf(p.projectId())).then().statusCode(200)
                .body("proposed.overall", equalTo("GREEN"))
                .body("published", nullValue());

        feed.riskSummary(projectId, 2, 0, 0);
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> given().when().get(healthOf(p.projectId()))
                .then().statusCode(200)
                .body("proposed.risk", equalTo("AMBER"))
                .body("signals.highRisks", equalTo(2))
                .body("proposed.overall", equalTo("AMBER")));

        feed.riskSummary(projectId, 2, 1, 1);
        UUID episode = feed.overAllocated(projectId, false);
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> given().when().get(healthOf(p.projectId()))
                .then().statusCode(200)
                .body("proposed.risk", equalTo("RED"))
                .body("proposed.resources", equalTo("AMBER"))
                .body("proposed.overall", equalTo("RED"))
                .body("reasons", hasItem("resources: 1 over-allocated resources")));

        feed.resolved(episode, projectId);
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> given().when().get(healthOf(p.projectId()))
                .then().statusCode(200).body("proposed.resources", equalTo("GREEN")));
    }

    @Test
    void costAndScopeFollowTheBudgetCreepAndPendingChangeRequests() {
        People p = Lifecycle.project();
        approvedBudget(p.projectId(), "1000", p.sponsor());
        book(p.projectId(), "SERVICES", "850", "EUR");
        given().contentType(ContentType.JSON).body("""
                {"spiAmber":0.95,"spiRed":0.85,"cpiAmber":0.95,"cpiRed":0.85,"lateCriticalTasksAmber":1,
                 "lateCriticalTasksRed":3,"creepItemsAmber":1,"creepItemsRed":3,"pendingChangeRequestsAmber":1,
                 "pendingChangeRequestsRed":2,"highRisksAmber":1,"overAllocationsAmber":1}""")
                .when().put("/api/v1/projects/" + p.projectId() + "/health-thresholds")
                .then().statusCode(200).body("pendingChangeRequestsRed", equalTo(2));
        for (String title : new String[] { "One", "Two" }) {
            given().contentType(ContentType.JSON).body("{\"title\":\"" + title + "\",\"type\":\"SCOPE\"}")
                    .when().post("/api/v1/projects/" + p.projectId() + "/change-requests").then().statusCode(201);
        }
        given().when().get(healthOf(p.projectId())).then().statusCode(200)
                .body("proposed.cost", equalTo("AMBER"))
                .body("signals.budgetThresholdsCrossed", equalTo(java.util.List.of(80)))
                .body("proposed.scope", equalTo("RED"))
                .body("signals.pendingChangeRequests", equalTo(2));
    }

    @Test
    void aPublishedReportArrivesOnKafkaWithItsWholeContent() throws Exception {
        People p = Lifecycle.project();
        approvedBudget(p.projectId(), "1000", p.sponsor());
        book(p.projectId(), "LICENCES", "250", "EUR");
        String manager = TestTokens.forUser(p.manager());
        String id = given().auth().oauth2(manager).contentType(ContentType.JSON).body("""
                        {"periodStart":"2027-03-01","periodEnd":"2027-03-14","summary":"Rehearsal done",
                         "accomplishments":"Migration rehearsal 2","nextSteps":"Cut-over plan",
                         "issues":"Vendor capacity","decisionsNeeded":"Go-live date",
                         "override":{"cost":"AMBER"},"overrideReason":"Invoices still to come"}""")
                .when().post(reportsOf(p.projectId()))
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("proposedHealth.cost", equalTo("GREEN"))
                .body("health.cost", equalTo("AMBER"))
                .body("health.overall", equalTo("AMBER"))
                .extract().path("id");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(manager).when().post(reportsOf(p.projectId()) + "/" + id + "/publication")
                    .then().statusCode(200)
                    .body("status", equalTo("PUBLISHED"))
                    .body("publishedBy.subject", equalTo(p.manager()));
            var record = events.awaitRecord(event(p.projectId(), "io.implementa.project.StatusReportPublished"));
            assertEquals(id, read(record).path("subject").asText());
            JsonNode data = read(record).path("data");
            assertEquals(p.key(), data.path("projectKey").asText());
            assertEquals("ERP roll-out", data.path("projectName").asText());
            assertEquals(id, data.path("reportId").asText());
            assertEquals("2027-03-01", data.path("periodStart").asText());
            assertEquals("2027-03-14", data.path("periodEnd").asText());
            assertEquals("Rehearsal done", data.path("summary").asText());
            assertEquals("Migration rehearsal 2", data.path("accomplishments").asText());
            assertEquals("Cut-over plan", data.path("nextSteps").asText());
            assertEquals("Vendor capacity", data.path("issues").asText());
            assertEquals("Go-live date", data.path("decisionsNeeded").asText());
            assertEquals("AMBER", data.path("health").path("cost").asText());
            assertEquals("GREEN", data.path("health").path("schedule").asText());
            assertEquals("AMBER", data.path("health").path("overall").asText());
            assertEquals(p.manager(), data.path("publishedBy").path("subject").asText());
            assertTrue(data.hasNonNull("publishedAt"));
            JsonNode changed = read(events.awaitRecord(event(p.projectId(),
                    "io.implementa.project.ProjectHealthChanged"))).path("data");
            assertTrue(changed.path("previous").isNull());
            assertEquals("AMBER", changed.path("current").path("overall").asText());
        }
        given().auth().oauth2(manager).when().post(reportsOf(p.projectId()) + "/" + id + "/publication")
                .then().statusCode(409).body("type", endsWith("status-report-published"));
        given().when().get("/api/v1/portfolio?q=" + p.key()).then().statusCode(200)
                .body("items[0].health.overall", equalTo("AMBER"))
                .body("items[0].budgetUsedPercent", equalTo(25.0f));
    }

    @Test
    void anOverrideNeedsAReason() {
        People p = Lifecycle.project();
        given().contentType(ContentType.JSON).body("""
                        {"periodStart":"2027-03-01","periodEnd":"2027-03-14","override":{"risk":"RED"}}""")
                .when().post(reportsOf(p.projectId()))
                .then().statusCode(422).body("errors[0].field", equalTo("overrideReason"));
        given().when().get(reportsOf(p.projectId())).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
