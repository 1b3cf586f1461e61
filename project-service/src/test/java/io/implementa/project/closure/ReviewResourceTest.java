package io.implementa.project.closure;

import static io.implementa.project.deliverable.DeliverableFixtures.TOPIC;
import static io.implementa.project.deliverable.DeliverableFixtures.member;
import static io.implementa.project.deliverable.DeliverableFixtures.setStatus;
import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.project.gate.Gate;
import io.implementa.project.project.Project;
import io.implementa.project.project.ProjectStatus;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewResourceTest {

    static final String REVIEW = """
            {"objectives":[
               {"objectiveId":"%s","summary":"Order-to-cash below 2 days","achieved":"PARTLY","note":"2.4 days"},
               {"summary":"Legacy ERP switched off","achieved":"YES"}],
             "whatWentWell":"Migration rehearsals caught every blocking defect",
             "whatDidNot":"Key users joined UAT late",
             "recommendations":"Book key users for UAT at project start"}
            """;

    @Inject
    ObjectMapper json;

    @Inject
    ReviewRecordedCriterion criterion;

    private static String review(String projectId) {
        return "/api/v1/projects/" + projectId + "/review";
    }

    @Test
    void recordsTheReviewAndAnnouncesIt() throws Exception {
        String key = uniqueKey();
        String projectId = create(key);
        String objectiveId = UUID.randomUUID().toString();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType(ContentType.JSON).body(REVIEW.formatted(objectiveId))
                    .when().put(review(projectId))
                    .then().statusCode(201)
                    .header("Location", endsWith(review(projectId)))
                    .header("ETag", "\"0\"")
                    .body("projectId", equalTo(projectId))
                    .body("objectives.summary", contains("Order-to-cash below 2 days", "Legacy ERP switched off"))
                    .body("objectives[0].objectiveId", equalTo(objectiveId))
                    .body("objectives[1].objectiveId", nullValue())
                    .body("objectivesAchieved.yes", equalTo(1))
                    .body("objectivesAchieved.partly", equalTo(1))
                    .body("objectivesAchieved.no", equalTo(0))
                    .body("whatDidNot", equalTo("Key users joined UAT late"))
                    .body("recordedBy.subject", equalTo("test-admin"))
                    .body("recordedAt", notNullValue());

            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ReviewRecorded")).value());
            assertEquals("io.implementa.project.ReviewRecorded", event.get("type").asText());
            JsonNode data = event.get("data");
            assertEquals(key, data.get("projectKey").asText());
            assertEquals("PARTLY", data.get("objectives").get(0).get("achieved").asText());
            assertEquals("Book key users for UAT at project start", data.get("recommendations").asText());
            assertEquals("test-admin", data.get("recordedBy").get("subject").asText());
            assertFalse(data.get("revised").asBoolean());
        }
        given().when().get(review(projectId))
                .then().statusCode(200).header("ETag", "\"0\"").body("objectives", hasSize(2));
    }

    @Test
    void rewritingTheReviewNeedsItsCurrentEtag() throws Exception {
        String projectId = create(uniqueKey());
        String body = REVIEW.formatted(UUID.randomUUID());
        given().contentType(ContentType.JSON).body(body).when().put(review(projectId)).then().statusCode(201);

        given().contentType(ContentType.JSON).body(body).when().put(review(projectId))
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(body).when().put(review(projectId))
                .then().statusCode(412);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(member(projectId, "SPONSOR")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(body.replace("Key users joined UAT late", "Cut-over weekend overran by 6 hours"))
                    .when().put(review(projectId))
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("whatDidNot", equalTo("Cut-over weekend overran by 6 hours"))
                    .body("recordedBy.subject", startsWith("sponsor-"));
            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ReviewRecorded")).value()).get("data");
            assertTrue(data.get("revised").asBoolean());
        }
    }

    @Test
    void theFirstRecordingWithAnEtagFailsItsPrecondition() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(REVIEW.formatted(UUID.randomUUID()))
                .when().put(review(projectId))
                .then().statusCode(412);
        given().when().get(review(projectId)).then().statusCode(404);
    }

    @Test
    void noReviewIsNotFound() {
        String projectId = create(uniqueKey());
        given().when().get(review(projectId)).then().statusCode(404).contentType("application/problem+json");
        given().when().get(review(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void refusesOverlongTextsAndIncompleteObjectives() {
        String projectId = create(uniqueKey());
        String body = """
                {"objectives":[{"summary":"","achieved":null}],
                 "whatWentWell":"%s","whatDidNot":"x","recommendations":"y"}
                """.formatted("w".repeat(10_001));
        given().contentType(ContentType.JSON).body(body).when().put(review(projectId))
                .then().statusCode(422)
                .body("errors.field", hasItem("whatWentWell"))
                .body("errors.field", hasItem("objectives[0].summary"))
                .body("errors.field", hasItem("objectives[0].achieved"));
        given().contentType(ContentType.JSON).body("{\"objectives\":[]}").when().put(review(projectId))
                .then().statusCode(422).body("errors.field", hasItem("recommendations"));
    }

    @Test
    void onlyManagersAndSponsorsRecordTheReview() {
        String projectId = create(uniqueKey());
        String body = REVIEW.formatted(UUID.randomUUID());
        given().auth().oauth2(member(projectId, "MEMBER")).contentType(ContentType.JSON).body(body)
                .when().put(review(projectId)).then().statusCode(403);
        given().auth().oauth2(member(projectId, "VIEWER")).contentType(ContentType.JSON).body(body)
                .when().put(review(projectId)).then().statusCode(403);
        given().auth().oauth2(member(projectId, "MANAGER")).contentType(ContentType.JSON).body(body)
                .when().put(review(projectId)).then().statusCode(201);
    }

    @Test
    void aClosedProjectsReviewIsReadOnly() {
        String projectId = create(uniqueKey());
        setStatus(projectId, ProjectStatus.CANCELLED);
        given().contentType(ContentType.JSON).body(REVIEW.formatted(UUID.randomUUID())).when().put(review(projectId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/project-not-editable"));
    }

    @Test
    void theProjectClosesOnlyWithARecordedReview() {
        String projectId = create(uniqueKey());
        assertEquals("review-recorded", criterion.id());
        assertEquals(Set.of(Gate.CLOSE_PROJECT), criterion.gates());
        assertFalse(evaluate(projectId));
        given().contentType(ContentType.JSON).body(REVIEW.formatted(UUID.randomUUID())).when().put(review(projectId))
                .then().statusCode(201);
        assertTrue(evaluate(projectId));
    }

    private boolean evaluate(String projectId) {
        return QuarkusTransaction.requiringNew().call(
                () -> criterion.evaluate(Project.findById(UUID.fromString(projectId))).met());
    }
}
