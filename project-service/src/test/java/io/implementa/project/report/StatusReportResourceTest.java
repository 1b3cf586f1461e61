package io.implementa.project.report;

import static io.implementa.project.cost.Costs.approvedBudget;
import static io.implementa.project.cost.Costs.book;
import static io.implementa.project.cost.Costs.setBudget;
import static io.implementa.project.lifecycle.Lifecycle.event;
import static io.implementa.project.lifecycle.Lifecycle.read;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
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

    static java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> healthChanged(
            String projectId) {
        return event(projectId, "io.implementa.project.ProjectHealthChanged");
    }

    @Test
    void incomingRiskAndResourceEventsMoveTheHealthAnnouncedOncePerChange() throws Exception {
        People p = Lifecycle.project();
        UUID projectId = UUID.fromString(p.projectId());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            feed.riskSummary(projectId, 2, 0, 0);
            JsonNode first = read(events.awaitRecord(healthChanged(p.projectId()))).path("data");
            assertTrue(first.path("previous").isNull());
            assertEquals("AMBER", first.path("current").path("risk").asText());
            assertEquals("AMBER", first.path("current").path("overall").asText());
            assertEquals("DATA_CHANGED", first.path("cause").asText());

            // Three high risks propose the same health: nothing is announced. A critical one turns risk red.
            feed.riskSummary(projectId, 3, 0, 0);
            feed.riskSummary(projectId, 3, 1, 0);
            JsonNode second = read(events.awaitRecords(healthChanged(p.projectId()), 2).get(1)).path("data");
            assertEquals("AMBER", second.path("previous").path("risk").asText());
            assertEquals("RED", second.path("current").path("risk").asText());
            assertEquals("RED", second.path("current").path("overall").asText());

            UUID episode = feed.overAllocated(projectId, false);
            JsonNode third = read(events.awaitRecords(healthChanged(p.projectId()), 3).get(2)).path("data");
            assertEquals("GREEN", third.path("previous").path("resources").asText());
            assertEquals("AMBER", third.path("current").path("resources").asText());
            given().when().get(healthOf(p.projectId())).then().statusCode(200)
                    .body("proposed.resources", equalTo("AMBER"))
                    .body("published.resources", equalTo("AMBER"))
                    .body("published.risk", equalTo("RED"));

            feed.resolved(episode, projectId);
            JsonNode fourth = read(events.awaitRecords(healthChanged(p.projectId()), 4).get(3)).path("data");
            assertEquals("GREEN", fourth.path("current").path("resources").asText());
            assertEquals("RED", fourth.path("current").path("risk").asText());
            assertEquals(4, events.records().stream().filter(healthChanged(p.projectId())).count());
        }
        given().when().get("/api/v1/portfolio?q=" + p.key()).then().statusCode(200)
                .body("items[0].health.risk", equalTo("RED"))
                .body("items[0].health.resources", equalTo("GREEN"));
    }

    @Test
    void anApprovedTimesheetThatCrossesABudgetThresholdMovesTheCostHealth() throws Exception {
        People p = Lifecycle.project();
        approvedBudget(p.projectId(), "1000", p.sponsor());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            feed.timesheet(UUID.randomUUID(), UUID.fromString(p.projectId()), "10", "85");
            JsonNode changed = read(events.awaitRecord(healthChanged(p.projectId()))).path("data");
            assertEquals("AMBER", changed.path("current").path("cost").asText());
            assertEquals("DATA_CHANGED", changed.path("cause").asText());
        }
    }

    @Test
    void costRestsOnCpiAndScheduleOnSpiAgainstTheCurrentBaseline() {
        People p = Lifecycle.project();
        setBudget(p.projectId(), "EUR", "2000");
        String task = io.implementa.project.task.Planning.post(p.projectId(),
                "{\"name\":\"Configure\",\"duration\":10,\"percentComplete\":40}");
        given().contentType(ContentType.JSON).body("{\"fixedCost\":1000,\"currency\":\"EUR\"}")
                .when().put("/api/v1/projects/" + p.projectId() + "/tasks/" + task + "/planned-cost")
                .then().statusCode(200);
        book(p.projectId(), "SERVICES", "800", "EUR");
        // Without a baseline there is no earned value: neither index, so neither dimension suffers.
        given().when().get(healthOf(p.projectId()) + "?statusDate=2027-02-01").then().statusCode(200)
                .body("signals.cpi", nullValue())
                .body("signals.spi", nullValue())
                .body("proposed.cost", equalTo("GREEN"));
        given().contentType(ContentType.JSON).body("{\"name\":\"Approved plan\"}")
                .when().post("/api/v1/projects/" + p.projectId() + "/baselines")
                .then().statusCode(201);
        // BAC 1000, PV 1000, EV 400, AC 800: CPI 0.5, SPI 0.4.
        given().when().get(healthOf(p.projectId()) + "?statusDate=2027-02-01").then().statusCode(200)
                .body("signals.cpi", equalTo(0.5f))
                .body("signals.spi", equalTo(0.4f))
                .body("proposed.cost", equalTo("RED"))
                .body("proposed.schedule", equalTo("RED"))
                .body("reasons", hasItem(startsWith("cost: CPI 0.500 is below")));
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

    static String draft(People p) {
        return given().contentType(ContentType.JSON).body("""
                        {"periodStart":"2027-03-01","periodEnd":"2027-03-14","summary":"Rehearsal done",
                         "issues":"Vendor capacity","override":{"cost":"AMBER"},"overrideReason":"Invoices to come"}""")
                .when().post(reportsOf(p.projectId()))
                .then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse patch(String url, String ifMatch, String body) {
        var request = given().contentType("application/merge-patch+json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().patch(url).then();
    }

    @Test
    void aDraftIsPatchedUnderIfMatchAndKeepsTheOverridesItDoesNotReplace() {
        People p = Lifecycle.project();
        String url = reportsOf(p.projectId()) + "/" + draft(p);
        patch(url, null, "{\"summary\":\"Later\"}").statusCode(428);
        patch(url, "\"7\"", "{\"summary\":\"Later\"}").statusCode(412);
        patch(url, "\"0\"", """
                {"summary":"Rehearsal 2 done","issues":null,"nextSteps":"Cut-over plan","periodEnd":"2027-03-21"}""")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("summary", equalTo("Rehearsal 2 done"))
                .body("issues", nullValue())
                .body("nextSteps", equalTo("Cut-over plan"))
                .body("periodEnd", equalTo("2027-03-21"))
                .body("proposedHealth.cost", equalTo("GREEN"))
                .body("health.cost", equalTo("AMBER"))
                .body("health.overall", equalTo("AMBER"))
                .body("overrideReason", equalTo("Invoices to come"))
                .body("status", equalTo("DRAFT"));
        // Dropping the overrides reports the proposal, and the reason goes with them.
        patch(url, "\"1\"", "{\"override\":null}")
                .statusCode(200)
                .body("health.cost", equalTo("GREEN"))
                .body("health.overall", equalTo("GREEN"))
                .body("overrideReason", nullValue());
        given().when().get(url).then().statusCode(200).header("ETag", "\"2\"")
                .body("summary", equalTo("Rehearsal 2 done"));
    }

    @Test
    void aPatchedOverrideNeedsAReasonAndThePeriodStaysInOrder() {
        People p = Lifecycle.project();
        String url = reportsOf(p.projectId()) + "/" + draft(p);
        patch(url, "\"0\"", "{\"override\":{\"risk\":\"RED\"},\"overrideReason\":null}")
                .statusCode(422).body("errors[0].field", equalTo("overrideReason"));
        patch(url, "\"0\"", "{\"periodEnd\":\"2027-02-01\"}")
                .statusCode(422).body("errors[0].field", equalTo("periodEnd"));
        patch(url, "\"0\"", "{\"periodStart\":null}")
                .statusCode(422).body("errors[0].field", equalTo("periodStart"));
        given().when().get(url).then().statusCode(200).header("ETag", "\"0\"")
                .body("health.cost", equalTo("AMBER"))
                .body("health.risk", equalTo("GREEN"))
                .body("periodEnd", equalTo("2027-03-14"));
    }

    @Test
    void aPublishedReportCannotBePatched() {
        People p = Lifecycle.project();
        String url = reportsOf(p.projectId()) + "/" + draft(p);
        given().when().post(url + "/publication").then().statusCode(200);
        patch(url, "*", "{\"summary\":\"Rewritten\"}")
                .statusCode(409).body("type", endsWith("status-report-published"));
        given().when().get(url).then().statusCode(200)
                .body("summary", equalTo("Rehearsal done"))
                .body("status", equalTo("PUBLISHED"));
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
