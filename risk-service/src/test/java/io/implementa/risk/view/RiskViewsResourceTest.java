package io.implementa.risk.view;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The heat map, top risks and summary of a project's register, and the summary's announcements. */
@QuarkusTest
class RiskViewsResourceTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String PROBLEM = "application/problem+json";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";
    static final String VIEWS = "/api/v1/projects/{projectId}/risk-views";
    static final String SUMMARY_CHANGED = "io.implementa.risk.RiskSummaryChanged";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    static String identify(Project project, String title, int probability, int impact) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","category":"COST","probability":%d,"impact":%d,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """.formatted(title, probability, impact))
                .when().post(RISKS, project.id())
                .then().statusCode(201).extract().path("id");
    }

    static void assess(Project project, String riskId, int probability, int impact, int percent, String cost,
            String currency, int residualProbability, int residualImpact) {
        String etag = given().when().get(RISKS + "/{riskId}", project.id(), riskId).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("""
                        {"kind":"THREAT","probability":%d,"impacts":{"schedule":1,"cost":%d,"scopeQuality":1},
                         "exposure":{"probabilityPercent":%d,"costImpact":%s,"currency":"%s"},
                         "residual":{"probability":%d,"impact":%d},"reason":"quantified"}
                        """.formatted(probability, impact, percent, cost, currency, residualProbability,
                        residualImpact))
                .when().post(RISKS + "/{riskId}/assessments", project.id(), riskId)
                .then().statusCode(200);
    }

    static void close(Project project, String riskId) {
        String etag = given().when().get(RISKS + "/{riskId}", project.id(), riskId).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"status\":\"CLOSED\",\"reason\":\"gone\"}")
                .when().post(RISKS + "/{riskId}/status", project.id(), riskId).then().statusCode(200);
    }

    static boolean summaryOf(ConsumerRecord<String, String> r, Project project) {
        return r.key().equals(project.id().toString()) && r.value().contains(SUMMARY_CHANGED);
    }

    @Test
    void heatMapCountsOpenRisksPerCellWithTheirIds() {
        Project project = feed.openRegister();
        String a = identify(project, "A", 4, 5);
        String b = identify(project, "B", 4, 5);
        String c = identify(project, "C", 1, 2);
        assess(project, c, 2, 3, 10, "1000", "EUR", 1, 1);
        close(project, identify(project, "Closed", 4, 5));
        given().when().get(VIEWS + "/heat-map", project.id())
                .then().statusCode(200)
                .body("inherent", hasSize(25))
                .body("inherent.find { it.probability == 4 && it.impact == 5 }.count", equalTo(2))
                .body("inherent.find { it.probability == 4 && it.impact == 5 }.riskIds", equalTo(List.of(a, b)))
                .body("inherent.find { it.probability == 2 && it.impact == 3 }.riskIds", equalTo(List.of(c)))
                .body("inherent.find { it.probability == 1 && it.impact == 1 }.count", equalTo(0))
                .body("residual", hasSize(25))
                .body("residual.find { it.probability == 1 && it.impact == 1 }.riskIds", equalTo(List.of(c)))
                .body("residual.collect { it.count }.sum()", equalTo(1));
    }

    @Test
    void topRisksByScoreAndByExposure() {
        Project project = feed.openRegister();
        String high = identify(project, "High", 5, 5);
        String cheap = identify(project, "Cheap", 2, 2);
        String costly = identify(project, "Costly", 1, 1);
        assess(project, cheap, 2, 2, 10, "1000.00", "EUR", 1, 1);
        assess(project, costly, 3, 3, 50, "200000", "EUR", 1, 1);
        given().queryParam("limit", 2).when().get(VIEWS + "/top", project.id())
                .then().statusCode(200)
                .body("by", equalTo("score"))
                .body("items.id", equalTo(List.of(high, costly)))
                .body("items[0].level", equalTo("CRITICAL"))
                .body("items[0].escalated", equalTo(true));
        given().queryParam("by", "exposure").when().get(VIEWS + "/top", project.id())
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(costly, cheap, high)))
                .body("items[0].exposureAmount", equalTo(100000.0f));
    }

    @Test
    void refusesAnUnknownRanking() {
        Project project = feed.openRegister();
        given().queryParam("by", "age").when().get(VIEWS + "/top", project.id())
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("by"));
    }

    @Test
    void summaryCountsByLevelWithExposurePerCurrencyAndEscalations() {
        Project project = feed.openRegister();
        identify(project, "Critical", 5, 4);
        identify(project, "Low", 1, 2);
        String eur = identify(project, "Medium", 1, 1);
        String usd = identify(project, "High", 1, 1);
        assess(project, eur, 2, 3, 40, "1000.50", "EUR", 1, 1);
        assess(project, usd, 3, 4, 25, "4000", "USD", 1, 1);
        given().when().get(VIEWS + "/summary", project.id())
                .then().statusCode(200)
                .body("projectId", equalTo(project.id().toString()))
                .body("openRisks", equalTo(4))
                .body("byLevel.low", equalTo(1))
                .body("byLevel.medium", equalTo(1))
                .body("byLevel.high", equalTo(1))
                .body("byLevel.critical", equalTo(1))
                .body("highestScore", equalTo(20))
                .body("escalated", equalTo(1))
                .body("totalExposure.currency", equalTo(List.of("EUR", "USD")))
                .body("totalExposure.amount", equalTo(List.of(400.2f, 1000.0f)))
                .body("overdueActions", equalTo(0));
    }

    @Test
    void summaryChangeIsAnnouncedAndAnUnchangedSummaryIsNot() throws Exception {
        Project project = feed.openRegister();
        String id = identify(project, "First", 2, 2);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            identify(project, "Second", 5, 5);
            JsonNode data = json.readTree(events.awaitRecord(r -> summaryOf(r, project)).value()).get("data");
            assertEquals(project.key(), data.get("projectKey").asText());
            assertEquals(2, data.get("openRisks").asInt());
            assertEquals(1, data.get("byLevel").get("critical").asInt());
            assertEquals(1, data.get("escalated").asInt());

            // Same probability and impact in every dimension: the summary stays as it is.
            assess(project, id, 2, 2, 0, "0", "EUR", 2, 2);
            given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body("{\"status\":\"CLOSED\",\"reason\":\"gone\"}")
                    .when().post(RISKS + "/{riskId}/status", project.id(), id).then().statusCode(200);
            List<ConsumerRecord<String, String>> summaries = events.awaitRecords(r -> summaryOf(r, project), 3);
            JsonNode afterAssessment = json.readTree(summaries.get(1).value()).get("data");
            JsonNode afterClosing = json.readTree(summaries.get(2).value()).get("data");
            assertEquals("EUR", afterAssessment.get("totalExposure").get(0).get("currency").asText());
            assertEquals(1, afterClosing.get("openRisks").asInt());
        }
    }

    @Test
    void reassessmentThatChangesNothingInTheSummaryAnnouncesNoSummary() throws Exception {
        Project project = feed.openRegister();
        String id = identify(project, "Steady", 2, 2);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            String etag = given().when().get(RISKS + "/{riskId}", project.id(), id).then().extract().header("ETag");
            given().contentType(ContentType.JSON).header("If-Match", etag)
                    .body("""
                            {"kind":"THREAT","probability":2,"impacts":{"schedule":2,"cost":1,"scopeQuality":1},
                             "reason":"still the same"}
                            """)
                    .when().post(RISKS + "/{riskId}/assessments", project.id(), id).then().statusCode(200);
            events.awaitRecord(r -> r.key().equals(project.id().toString())
                    && r.value().contains("io.implementa.risk.RiskAssessed"));
            // A project's records are in order: a summary written with the assessment would have come with it.
            identify(project, "Marker", 1, 1);
            events.awaitRecord(r -> r.key().equals(project.id().toString())
                    && r.value().contains("io.implementa.risk.RiskIdentified") && r.value().contains("Marker"));
            List<ConsumerRecord<String, String>> summaries = events.records().stream()
                    .filter(r -> summaryOf(r, project)).toList();
            assertEquals(1, summaries.size(), "only the marker's new risk changed the summary");
            assertEquals(2, json.readTree(summaries.get(0).value()).get("data").get("openRisks").asInt());
        }
    }

    @Test
    void viewsOfAProjectWithoutARegisterAre404() {
        java.util.UUID unknown = java.util.UUID.randomUUID();
        for (String view : java.util.List.of(VIEWS + "/heat-map", VIEWS + "/top", VIEWS + "/summary",
                "/api/v1/projects/{projectId}/risk-trend")) {
            given().when().get(view, unknown).then().statusCode(404).contentType(PROBLEM);
        }
    }
}
