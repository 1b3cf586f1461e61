package io.implementa.risk.detection;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole chain through the real broker: the project-service announces a project (its register opens), then a
 * milestone slip (a risk is raised by itself); re-assessing the risk escalates it, and the escalation and the
 * changed summary come out on the risk topic.
 */
@QuarkusTest
class DetectionChainTest {

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    @Test
    void projectEventOpensRegisterSlipRaisesRiskAndReassessmentEscalatesIt() throws Exception {
        Project project = ProjectFeed.newProject();
        String key = project.id().toString();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RiskDetectionTest.RISK_EVENTS)) {
            feed.publish(project, feed.created(project));
            ProjectFeed.awaitRegister(project);
            events.awaitRecord(r -> r.key().equals(key) && r.value().contains("io.implementa.risk.RiskRegisterOpened"));

            UUID milestone = UUID.randomUUID();
            UUID eventId = UUID.randomUUID();
            feed.publish(project, feed.envelope(eventId, milestone.toString(), new RiskDetectionTest.MilestoneMoved(
                    project.id(), project.key(), milestone, "Go-live", RiskDetectionTest.GO_LIVE,
                    RiskDetectionTest.GO_LIVE.plusDays(7), null, false, RiskDetectionTest.PLANNER)));
            String riskId = RiskDetectionTest.awaitAutoRaised(project, 1).extract().path("items[0].id");
            JsonNode identified = json.readTree(events.awaitRecord(r -> r.key().equals(key)
                    && r.value().contains("io.implementa.risk.RiskIdentified")).value()).get("data");
            assertEquals(riskId, identified.get("riskId").asText());
            assertEquals(eventId.toString(), identified.get("source").get("sourceEventId").asText());
            assertEquals(9, identified.get("score").asInt());

            String etag = given().when().get(RiskDetectionTest.RISK, project.id(), riskId).then().extract()
                    .header("ETag");
            given().contentType(ContentType.JSON).header("If-Match", etag)
                    .body("""
                            {"kind":"THREAT","probability":4,"impacts":{"schedule":4,"cost":2,"scopeQuality":1},
                             "responseStrategy":"REDUCE","reason":"Vendor confirms the data load slips too"}
                            """)
                    .when().post(RiskDetectionTest.RISK + "/assessments", project.id(), riskId)
                    .then().statusCode(200);

            JsonNode escalated = json.readTree(events.awaitRecord(r -> r.key().equals(key)
                    && r.value().contains("io.implementa.risk.RiskEscalated")).value()).get("data");
            assertEquals(riskId, escalated.get("riskId").asText());
            assertEquals(16, escalated.get("score").asInt());
            assertEquals("CRITICAL", escalated.get("level").asText());
            assertEquals(project.manager().subject(), escalated.get("manager").get("subject").asText());
            JsonNode summary = json.readTree(events.awaitRecord(r -> r.key().equals(key)
                    && r.value().contains("io.implementa.risk.RiskSummaryChanged")
                    && r.value().contains("\"escalated\":1")).value()).get("data");
            assertEquals(1, summary.get("openRisks").asInt());
            assertEquals(16, summary.get("highestScore").asInt());
        }
    }
}
