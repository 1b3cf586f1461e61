package io.implementa.risk.risk;

import static io.restassured.RestAssured.given;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Review dates derived from the project's cadence, and review reminders run by hand at chosen instants. */
@QuarkusTest
class RiskReviewTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";
    static final String REVIEW_DUE = "io.implementa.risk.RiskReviewDue";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    @Inject
    ReviewReminderJob job;

    static String identify(Project project, int probability, int impact) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Go-live date slips","category":"SCHEDULE","probability":%d,"impact":%d,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """.formatted(probability, impact))
                .when().post(RISKS, project.id())
                .then().statusCode(201).extract().path("id");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void identifiedRiskIsReviewedByItsLevelsDefaultCadence() {
        Project project = feed.openRegister();
        String critical = identify(project, 5, 4);
        String low = identify(project, 1, 2);
        given().when().get(RISKS + "/{riskId}", project.id(), critical)
                .then().body("nextReviewDate", equalTo(today().plusDays(7).toString()));
        given().when().get(RISKS + "/{riskId}", project.id(), low)
                .then().body("nextReviewDate", equalTo(today().plusDays(90).toString()));
    }

    @Test
    void assessmentWithoutAReviewDateTakesTheProjectsCadence() {
        Project project = feed.openRegister();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"mediumFrom":5,"highFrom":10,"criticalFrom":16,"escalationFrom":15,
                         "reviewCadence":{"low":60,"medium":20,"high":10,"critical":3}}
                        """)
                .when().put("/api/v1/projects/{projectId}/risk-appetite", project.id())
                .then().statusCode(200).body("reviewCadence.high", equalTo(10));
        String id = identify(project, 1, 1);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"kind":"THREAT","probability":3,"impacts":{"schedule":4,"cost":1,"scopeQuality":1},
                         "reason":"vendor slipped"}
                        """)
                .when().post(RISKS + "/{riskId}/assessments", project.id(), id)
                .then().statusCode(200).body("nextReviewDate", equalTo(today().plusDays(10).toString()));
    }

    @Test
    void reviewDueIsAnnouncedOncePerReviewDate() throws Exception {
        Project project = feed.openRegister();
        String id = identify(project, 5, 4); // critical: reviewed within 7 days
        LocalDate reviewDate = today().plusDays(7);
        Instant dayBefore = reviewDate.minusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC);
        Instant dayAfter = reviewDate.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            job.runFor(dayBefore, project.id());
            job.runFor(dayAfter, project.id());
            job.runFor(dayAfter.plusSeconds(86_400), project.id());
            ConsumerRecord<String, String> record = events.awaitRecord(r -> r.value().contains(REVIEW_DUE)
                    && r.value().contains(id));
            JsonNode data = json.readTree(record.value()).get("data");
            assertEquals(reviewDate.toString(), data.get("reviewDate").asText());
            assertEquals(1, data.get("daysOverdue").asInt());
            assertEquals("CRITICAL", data.get("level").asText());
            assertEquals(project.manager().subject(), data.get("manager").get("subject").asText());
            identify(project, 1, 1);
            events.awaitRecord(r -> r.value().contains("RiskIdentified") && r.value().contains(project.key() + "-R-002"));
            assertEquals(1, events.records().stream().filter(r -> r.value().contains(REVIEW_DUE)
                    && r.value().contains(id)).count());
        }
    }
}
