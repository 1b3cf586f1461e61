package io.implementa.risk.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Risks assessed, re-assessed and moved along their lifecycle over HTTP, with their history and trends. */
@QuarkusTest
class RiskAssessmentResourceTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String PROBLEM = "application/problem+json";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";
    static final String RISK = RISKS + "/{riskId}";
    static final String TASK = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    static String identify(Project project, int probability, int impact) {
        return given().contentType(ContentType.JSON).body(RiskResourceTest.riskJson("Customer data fails validation",
                        "DATA_MIGRATION", probability, impact))
                .when().post(RISKS, project.id())
                .then().statusCode(201).extract().path("id");
    }

    static String assessment(String kind, int probability, int schedule, int cost, int scope, String strategy,
            String reason) {
        return """
                {"kind":"%s","probability":%d,"impacts":{"schedule":%d,"cost":%d,"scopeQuality":%d},
                 "exposure":{"probabilityPercent":40,"costImpact":120000.00,"currency":"EUR"},
                 "proximity":"2027-03-01","trigger":"Trial migration rejects more than 5%% of records",
                 "responseStrategy":%s,"contingencyPlan":"Second cleansing sprint",
                 "residual":{"probability":2,"impact":2},"nextReviewDate":"2027-02-01",
                 "taskIds":["%s"],"deliverableIds":[],"reason":"%s"}
                """.formatted(kind, probability, schedule, cost, scope, strategy == null ? "null" : "\"" + strategy + "\"",
                TASK, reason);
    }

    /** Assesses the risk at its current version; returns the new version. */
    static String assess(Project project, String riskId, String body) {
        String etag = given().when().get(RISK, project.id(), riskId).then().statusCode(200).extract().header("ETag");
        return given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post(RISK + "/assessments", project.id(), riskId)
                .then().statusCode(200).extract().header("ETag");
    }

    static void moveTo(Project project, String riskId, String status) {
        String etag = given().when().get(RISK, project.id(), riskId).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"status\":\"" + status + "\",\"reason\":\"moving on\"}")
                .when().post(RISK + "/status", project.id(), riskId)
                .then().statusCode(200).body("status", equalTo(status));
    }

    @Test
    void assessmentScoresProbabilityTimesHighestImpactAndQuantifiesExposure() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(assessment("THREAT", 4, 3, 5, 2, "REDUCE", "Trial migration rejected 8% of records"))
                .when().post(RISK + "/assessments", project.id(), id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ASSESSED"))
                .body("kind", equalTo("THREAT"))
                .body("probability", equalTo(4))
                .body("impacts.schedule", equalTo(3))
                .body("impacts.cost", equalTo(5))
                .body("impacts.scopeQuality", equalTo(2))
                .body("impact", equalTo(5))
                .body("score", equalTo(20))
                .body("exposure.probabilityPercent", equalTo(40))
                .body("exposure.currency", equalTo("EUR"))
                .body("exposure.amount", equalTo(48000.0f))
                .body("proximity", equalTo("2027-03-01"))
                .body("trigger", equalTo("Trial migration rejects more than 5% of records"))
                .body("responseStrategy", equalTo("REDUCE"))
                .body("contingencyPlan", equalTo("Second cleansing sprint"))
                .body("residual.probability", equalTo(2))
                .body("residual.score", equalTo(4))
                .body("nextReviewDate", equalTo("2027-02-01"))
                .body("taskIds", equalTo(List.of(TASK)))
                .body("assessedAt", notNullValue());
    }

    @Test
    void assessmentIsAnnouncedWithThePreviousScoreAndWhoAssessedWhy() throws Exception {
        Project project = feed.openRegister();
        String id = identify(project, 2, 3);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            assess(project, id, assessment("THREAT", 4, 4, 3, 1, "AVOID", "Vendor is late again"));
            JsonNode event = json.readTree(events.awaitRecord(r -> r.key().equals(project.id().toString())
                    && r.value().contains("io.implementa.risk.RiskAssessed")).value());
            JsonNode data = event.get("data");
            assertEquals(id, event.get("subject").asText());
            assertEquals(6, data.get("previousScore").asInt());
            assertEquals(16, data.get("score").asInt());
            assertEquals(4, data.get("impacts").get("schedule").asInt());
            assertEquals("AVOID", data.get("responseStrategy").asText());
            assertEquals("48000.00", data.get("exposure").get("amount").decimalValue().setScale(2).toPlainString());
            assertEquals("Vendor is late again", data.get("reason").asText());
            assertEquals(project.key(), data.get("projectKey").asText());
            assertEquals("ASSESSED", data.get("status").asText());
            assertEquals(TASK, data.get("taskIds").get(0).asText());
            assertEquals("Olu Owner", data.get("owner").get("name").asText());
            assertEquals(true, data.get("assessedBy").hasNonNull("subject"));
        }
    }

    @Test
    void refusesAThreatStrategyForAnOpportunity() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(assessment("OPPORTUNITY", 3, 3, 3, 3, "AVOID", "Early licence discount"))
                .when().post(RISK + "/assessments", project.id(), id)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("responseStrategy"))
                .body("errors[0].message", equalTo("a OPPORTUNITY takes one of EXPLOIT, ENHANCE, SHARE, ACCEPT"));
    }

    @Test
    void acceptsAnOpportunityStrategyForAnOpportunity() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(assessment("OPPORTUNITY", 3, 3, 3, 3, "EXPLOIT", "Early licence discount"))
                .when().post(RISK + "/assessments", project.id(), id)
                .then().statusCode(200).body("kind", equalTo("OPPORTUNITY")).body("responseStrategy", equalTo("EXPLOIT"));
    }

    @Test
    void refusesAnImpactOffTheScaleAndAMissingReason() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        String body = assessment("THREAT", 3, 6, 3, 3, "REDUCE", "x").replace(",\"reason\":\"x\"", "");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().post(RISK + "/assessments", project.id(), id)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors", hasSize(2))
                .body("errors.field", org.hamcrest.Matchers.hasItems("impacts.schedule", "reason"));
    }

    @Test
    void assessmentWithoutIfMatchIs428() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        given().contentType(ContentType.JSON).body(assessment("THREAT", 3, 3, 3, 3, "REDUCE", "r"))
                .when().post(RISK + "/assessments", project.id(), id)
                .then().statusCode(428).contentType(PROBLEM);
    }

    @Test
    void assessmentWithAStaleIfMatchIs412AndChangesNothing() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        assess(project, id, assessment("THREAT", 3, 3, 3, 3, "REDUCE", "first"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(assessment("THREAT", 5, 5, 5, 5, "REDUCE", "stale"))
                .when().post(RISK + "/assessments", project.id(), id)
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/precondition-failed"));
        given().when().get(RISK, project.id(), id).then().body("score", equalTo(9));
    }

    @Test
    void historyKeepsEveryAssessmentWithWhoWhenAndWhyNewestFirst() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        assess(project, id, assessment("THREAT", 3, 3, 3, 3, "REDUCE", "first look"));
        assess(project, id, assessment("THREAT", 5, 4, 3, 3, "REDUCE", "vendor slipped"));
        given().when().get(RISK + "/assessments", project.id(), id)
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.change", equalTo(List.of("ASSESSED", "ASSESSED", "IDENTIFIED")))
                .body("items.reason", equalTo(List.of("vendor slipped", "first look", "identified")))
                .body("items.score", equalTo(List.of(20, 9, 4)))
                .body("items.previousScore", equalTo(java.util.Arrays.asList(9, 4, null)))
                .body("items[0].by.subject", notNullValue())
                .body("items[0].recordedAt", notNullValue())
                .body("items[0].impacts.schedule", equalTo(4));
    }

    @Test
    void riskTrendListsTheScoreAfterEachChangeOldestFirst() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        assess(project, id, assessment("THREAT", 4, 4, 3, 3, "REDUCE", "worse"));
        moveTo(project, id, "RESPONDING");
        given().when().get(RISK + "/trend", project.id(), id)
                .then().statusCode(200)
                .body("riskId", equalTo(id))
                .body("riskKey", equalTo(project.key() + "-R-001"))
                .body("points.score", equalTo(List.of(4, 16, 16)))
                .body("points.residualScore", equalTo(java.util.Arrays.asList(null, 4, 4)))
                .body("points.status", equalTo(List.of("IDENTIFIED", "ASSESSED", "RESPONDING")));
    }

    @Test
    void projectTrendSumsTheOpenRisksOfEachDay() {
        Project project = feed.openRegister();
        String first = identify(project, 2, 2);
        identify(project, 3, 3);
        assess(project, first, assessment("THREAT", 5, 5, 1, 1, "REDUCE", "worse"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        given().when().get("/api/v1/projects/{projectId}/risk-trend", project.id())
                .then().statusCode(200)
                .body("projectId", equalTo(project.id().toString()))
                .body("points", hasSize(1))
                .body("points[0].date", equalTo(today))
                .body("points[0].openRisks", equalTo(2))
                .body("points[0].totalScore", equalTo(34))
                .body("points[0].highestScore", equalTo(25));
        moveTo(project, first, "CLOSED");
        given().when().get("/api/v1/projects/{projectId}/risk-trend", project.id())
                .then().body("points[0].openRisks", equalTo(1)).body("points[0].totalScore", equalTo(9));
        given().queryParam("to", "2000-01-01").when().get("/api/v1/projects/{projectId}/risk-trend", project.id())
                .then().statusCode(200).body("points", hasSize(0));
    }

    @Test
    void respondingNeedsAResponseStrategy() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        assess(project, id, assessment("THREAT", 3, 3, 3, 3, null, "no plan yet"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"status\":\"RESPONDING\",\"reason\":\"start\"}")
                .when().post(RISK + "/status", project.id(), id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/response-strategy-missing"));
    }

    @Test
    void refusesAnInvalidTransitionWith409() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\":\"MONITORING\",\"reason\":\"watch\"}")
                .when().post(RISK + "/status", project.id(), id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/invalid-status-transition"))
                .body("detail", containsString("cannot move from IDENTIFIED to MONITORING"))
                .body("currentStatus", equalTo("IDENTIFIED"));
    }

    @Test
    void closedRiskCanNeitherMoveNorBeAssessed() {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        moveTo(project, id, "CLOSED");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"status\":\"MONITORING\",\"reason\":\"reopen\"}")
                .when().post(RISK + "/status", project.id(), id)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/invalid-status-transition"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(assessment("THREAT", 3, 3, 3, 3, "REDUCE", "again"))
                .when().post(RISK + "/assessments", project.id(), id)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/risk-not-open"));
    }

    @Test
    void closingARiskIsAnnouncedWithItsPreviousStatusAndReason() throws Exception {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        assess(project, id, assessment("THREAT", 3, 3, 3, 3, "ACCEPT", "small"));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            moveTo(project, id, "CLOSED");
            JsonNode data = json.readTree(events.awaitRecord(r -> r.key().equals(project.id().toString())
                    && r.value().contains("io.implementa.risk.RiskClosed")).value()).get("data");
            assertEquals(id, data.get("riskId").asText());
            assertEquals("ASSESSED", data.get("previousStatus").asText());
            assertEquals("moving on", data.get("reason").asText());
            assertEquals(9, data.get("score").asInt());
            assertEquals(true, data.get("by").hasNonNull("subject"));
        }
    }

    @Test
    void anOccurredRiskIsAnnounced() throws Exception {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            moveTo(project, id, "OCCURRED");
            JsonNode data = json.readTree(events.awaitRecord(r -> r.key().equals(project.id().toString())
                    && r.value().contains("io.implementa.risk.RiskOccurred")).value()).get("data");
            assertEquals(id, data.get("riskId").asText());
            assertEquals(project.key() + "-R-001", data.get("riskKey").asText());
            assertEquals("moving on", data.get("reason").asText());
        }
    }

    @Test
    void unknownRiskAssessmentsAre404() {
        Project project = feed.openRegister();
        given().when().get(RISK + "/assessments", project.id(), java.util.UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get(RISK + "/trend", project.id(), java.util.UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("residual", nullValue());
    }
}
