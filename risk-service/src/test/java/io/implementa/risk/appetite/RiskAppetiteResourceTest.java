package io.implementa.risk.appetite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A project's risk appetite over HTTP, and the escalations that follow from it. */
@QuarkusTest
class RiskAppetiteResourceTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String PROBLEM = "application/problem+json";
    static final String APPETITE = "/api/v1/projects/{projectId}/risk-appetite";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";
    static final String ESCALATED = "io.implementa.risk.RiskEscalated";
    static final String DE_ESCALATED = "io.implementa.risk.RiskDeEscalated";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    static String identify(Project project, int probability, int impact) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Interface vendor is late","category":"VENDOR","probability":%d,"impact":%d,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """.formatted(probability, impact))
                .when().post(RISKS, project.id())
                .then().statusCode(201).extract().path("id");
    }

    /** Re-assesses the risk with the same impact in every dimension. */
    static void assess(Project project, String riskId, int probability, int impact) {
        String etag = given().when().get(RISKS + "/{riskId}", project.id(), riskId).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("""
                        {"kind":"THREAT","probability":%d,"impacts":{"schedule":%d,"cost":%d,"scopeQuality":1},
                         "reason":"re-assessed"}
                        """.formatted(probability, impact, impact))
                .when().post(RISKS + "/{riskId}/assessments", project.id(), riskId)
                .then().statusCode(200);
    }

    static String appetite(int medium, int high, int critical, int escalation) {
        return """
                {"mediumFrom":%d,"highFrom":%d,"criticalFrom":%d,"escalationFrom":%d}
                """.formatted(medium, high, critical, escalation);
    }

    static boolean is(ConsumerRecord<String, String> record, Project project, String type, String riskId) {
        return record.key().equals(project.id().toString()) && record.value().contains(type)
                && record.value().contains(riskId);
    }

    @Test
    void projectWithoutAnAppetiteHasTheDefaults() {
        Project project = feed.openRegister();
        given().when().get(APPETITE, project.id())
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("mediumFrom", equalTo(5))
                .body("highFrom", equalTo(10))
                .body("criticalFrom", equalTo(16))
                .body("escalationFrom", equalTo(15))
                .body("defaults", equalTo(true));
    }

    @Test
    void managerSetsTheAppetite() {
        Project project = feed.openRegister();
        String token = TestTokens.forUser(feed.newMember(project, "MANAGER").subject());
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(appetite(4, 8, 12, 10))
                .when().put(APPETITE, project.id())
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("mediumFrom", equalTo(4))
                .body("escalationFrom", equalTo(10))
                .body("defaults", equalTo(false));
        given().when().get(APPETITE, project.id()).then().header("ETag", "\"1\"").body("criticalFrom", equalTo(12));
    }

    @Test
    void memberMayNotSetTheAppetite() {
        Project project = feed.openRegister();
        String token = TestTokens.forUser(feed.newMember(project, "MEMBER").subject());
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(appetite(4, 8, 12, 10))
                .when().put(APPETITE, project.id())
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void refusesThresholdsThatDoNotRise() {
        Project project = feed.openRegister();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(appetite(8, 8, 6, 10))
                .when().put(APPETITE, project.id())
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItems("highFrom", "criticalFrom"));
    }

    @Test
    void staleAppetiteVersionIs412() {
        Project project = feed.openRegister();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(appetite(4, 8, 12, 10))
                .when().put(APPETITE, project.id()).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(appetite(3, 8, 12, 10))
                .when().put(APPETITE, project.id())
                .then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void crossingTheThresholdUpwardEscalatesOnceAndDownwardDeEscalates() throws Exception {
        Project project = feed.openRegister();
        String id = identify(project, 2, 2);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            assess(project, id, 4, 4);
            JsonNode escalated = json.readTree(events.awaitRecord(r -> is(r, project, ESCALATED, id)).value())
                    .get("data");
            assertEquals(16, escalated.get("score").asInt());
            assertEquals("CRITICAL", escalated.get("level").asText());
            assertEquals(15, escalated.get("escalationThreshold").asInt());
            assertEquals(project.manager().subject(), escalated.get("manager").get("subject").asText());
            assertEquals("sub-owner", escalated.get("owner").get("subject").asText());

            assess(project, id, 5, 5);
            assess(project, id, 2, 3);
            JsonNode deEscalated = json.readTree(events.awaitRecord(r -> is(r, project, DE_ESCALATED, id)).value())
                    .get("data");
            assertEquals(6, deEscalated.get("score").asInt());
            assertEquals("MEDIUM", deEscalated.get("level").asText());
            // Records of one project arrive in order: every escalation before the de-escalation has been read.
            assertEquals(1, events.records().stream().filter(r -> is(r, project, ESCALATED, id)).count(),
                    "one escalation for one crossing, however high the score then goes");
        }
    }

    @Test
    void loweringTheThresholdEscalatesRisksAlreadyAboveIt() throws Exception {
        Project project = feed.openRegister();
        String id = identify(project, 3, 3);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(appetite(4, 8, 12, 9))
                    .when().put(APPETITE, project.id()).then().statusCode(200);
            JsonNode data = json.readTree(events.awaitRecord(r -> is(r, project, ESCALATED, id)).value()).get("data");
            assertEquals(9, data.get("escalationThreshold").asInt());
            assertEquals("HIGH", data.get("level").asText());
        }
        given().when().get(RISKS + "/{riskId}", project.id(), id).then().header("ETag", "\"0\"");
    }

    @Test
    void closingAnEscalatedRiskDeEscalatesIt() throws Exception {
        Project project = feed.openRegister();
        String id = identify(project, 5, 4);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"status\":\"CLOSED\",\"reason\":\"vendor replaced\"}")
                    .when().post(RISKS + "/{riskId}/status", project.id(), id).then().statusCode(200);
            JsonNode data = json.readTree(events.awaitRecord(r -> is(r, project, DE_ESCALATED, id)).value())
                    .get("data");
            assertEquals("CLOSED", data.get("status").asText());
        }
    }
}
