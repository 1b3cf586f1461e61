package io.implementa.project.objective;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObjectiveResourceTest {

    static final String TOPIC = "implementa.project.events";

    @Inject
    ObjectMapper json;

    static String objectivesOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/objectives";
    }

    static final String CLOSE_TIME = """
            {"title":"Close the books faster","description":"All legal entities","metric":"month-end close time",
             "unit":"working days","baseline":8,"target":3,"dueDate":"2027-12-31","status":"AGREED"}
            """;

    static String define(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(objectivesOf(projectId))
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void definesAnObjectiveAndAnnouncesIt() throws Exception {
        String projectId = create(uniqueKey());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().contentType(ContentType.JSON).body(CLOSE_TIME)
                    .when().post(objectivesOf(projectId))
                    .then().statusCode(201)
                    .header("Location", containsString(objectivesOf(projectId) + "/"))
                    .header("ETag", "\"0\"")
                    .body("projectId", equalTo(projectId))
                    .body("title", equalTo("Close the books faster"))
                    .body("metric", equalTo("month-end close time"))
                    .body("unit", equalTo("working days"))
                    .body("baseline", equalTo(8))
                    .body("target", equalTo(3))
                    .body("actual", nullValue())
                    .body("dueDate", equalTo("2027-12-31"))
                    .body("status", equalTo("AGREED"))
                    .body("createdAt", notNullValue())
                    .extract().path("id");

            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ObjectiveUpdated")).value());
            assertEquals("io.implementa.project.ObjectiveUpdated", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(id, data.get("objectiveId").asText());
            assertEquals(projectId, data.get("projectId").asText());
            assertTrue(data.get("projectKey").asText().startsWith("T"));
            assertEquals("month-end close time", data.get("metric").asText());
            assertEquals("working days", data.get("unit").asText());
            assertEquals(0, data.get("baseline").decimalValue().compareTo(new java.math.BigDecimal("8")));
            assertEquals(0, data.get("target").decimalValue().compareTo(new java.math.BigDecimal("3")));
            assertTrue(data.get("actual").isNull());
            assertEquals("2027-12-31", data.get("dueDate").asText());
            assertEquals("AGREED", data.get("status").asText());
        }
    }

    @Test
    void anObjectiveWithoutStatusIsADraftAndMayLackMeasures() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"title\":\"Happier plant users\"}")
                .when().post(objectivesOf(projectId))
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("metric", nullValue())
                .body("target", nullValue());
    }

    @Test
    void readsAnObjectiveWithItsEtag() {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME);
        given().when().get(objectivesOf(projectId) + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("status", equalTo("AGREED"));
    }

    @Test
    void listsObjectivesPagedFilteredAndSorted() {
        String projectId = create(uniqueKey());
        define(projectId, CLOSE_TIME.replace("Close the books faster", "B objective"));
        define(projectId, CLOSE_TIME.replace("Close the books faster", "A objective"));
        define(projectId, "{\"title\":\"C draft\"}");
        List<String> links = given().queryParam("sort", "title").queryParam("size", 2)
                .when().get(objectivesOf(projectId))
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.title", contains("A objective", "B objective"))
                .extract().headers().getValues("Link");
        assertTrue(links.stream().anyMatch(link -> link.contains("page=1") && link.contains("rel=\"next\"")),
                links.toString());
        given().queryParam("status", "draft")
                .when().get(objectivesOf(projectId))
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("C draft"));
    }

    @Test
    void refusesAnUnknownSortField() {
        String projectId = create(uniqueKey());
        given().queryParam("sort", "owner")
                .when().get(objectivesOf(projectId))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void changesAnObjectiveWithIfMatchAndAnnouncesIt() throws Exception {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"actual\":5,\"status\":\"ON_TRACK\",\"description\":null}")
                    .when().patch(objectivesOf(projectId) + "/" + id)
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("actual", equalTo(5))
                    .body("status", equalTo("ON_TRACK"))
                    .body("description", nullValue())
                    .body("metric", equalTo("month-end close time"));

            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ObjectiveUpdated")).value()).get("data");
            assertEquals("ON_TRACK", data.get("status").asText());
            assertEquals(0, data.get("actual").decimalValue().compareTo(new java.math.BigDecimal("5")));
        }
    }

    @Test
    void showsProgressFromBaselineTowardsTarget() {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME.replace("\"target\":3", "\"target\":3,\"actual\":5"));
        given().when().get(objectivesOf(projectId) + "/" + id)
                .then().statusCode(200)
                .body("progressPercent", equalTo(60));
    }

    @Test
    void refusesAChangeWithoutOrWithAStaleIfMatch() {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME);
        given().contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().patch(objectivesOf(projectId) + "/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"title\":\"x\"}")
                .when().patch(objectivesOf(projectId) + "/" + id)
                .then().statusCode(412)
                .body("type", equalTo("https://implementa.io/problems/precondition-failed"));
    }

    @Test
    void refusesAnAgreedObjectiveWithoutMetricAndTarget() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"title\":\"Vague\",\"status\":\"AGREED\"}")
                .when().post(objectivesOf(projectId))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/validation"))
                .body("errors.field", hasItems("metric", "target"));
    }

    @Test
    void refusesToMarkAnObjectiveAchievedWithoutTheActualValue() {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"status\":\"ACHIEVED\"}")
                .when().patch(objectivesOf(projectId) + "/" + id)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("actual"));
    }

    @Test
    void refusesToClearTheTargetOfAnAgreedObjective() {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"target\":null}")
                .when().patch(objectivesOf(projectId) + "/" + id)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("target"));
    }

    @Test
    void refusesInvalidFieldsNamingEachOfThem() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"title\":\" \",\"target\":12345678901234567.5}")
                .when().post(objectivesOf(projectId))
                .then().statusCode(422)
                .body("errors.field", hasItems("title", "target"));
    }

    @Test
    void refusesNullForARequiredFieldInAPatch() {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"title\":null}")
                .when().patch(objectivesOf(projectId) + "/" + id)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void refusesAnUnknownStatusAndServerOwnedFields() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"title\":\"x\",\"status\":\"DONE\"}")
                .when().post(objectivesOf(projectId))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().contentType(ContentType.JSON).body("{\"title\":\"x\",\"id\":\"" + UUID.randomUUID() + "\"}")
                .when().post(objectivesOf(projectId))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void deletesAnObjectiveAndAnnouncesItsRemoval() throws Exception {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().when().delete(objectivesOf(projectId) + "/" + id).then().statusCode(204);
            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ObjectiveRemoved")).value());
            assertEquals(id, event.get("data").get("objectiveId").asText());
            assertEquals("Close the books faster", event.get("data").get("title").asText());
        }
        given().when().get(objectivesOf(projectId) + "/" + id).then().statusCode(404);
    }

    @Test
    void refusesADeletionWithAStaleIfMatch() {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME);
        given().header("If-Match", "\"3\"").when().delete(objectivesOf(projectId) + "/" + id)
                .then().statusCode(412);
        given().header("If-Match", "\"0\"").when().delete(objectivesOf(projectId) + "/" + id)
                .then().statusCode(204);
    }

    @Test
    void unknownObjectivesAndProjectsAreNotFound() {
        String projectId = create(uniqueKey());
        given().when().get(objectivesOf(projectId) + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/not-found"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"title\":\"x\"}")
                .when().patch(objectivesOf(projectId) + "/" + UUID.randomUUID())
                .then().statusCode(404);
        given().when().delete(objectivesOf(projectId) + "/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get(objectivesOf(UUID.randomUUID().toString())).then().statusCode(404);
        given().contentType(ContentType.JSON).body(CLOSE_TIME)
                .when().post(objectivesOf(UUID.randomUUID().toString())).then().statusCode(404);
        given().when().get(objectivesOf(projectId) + "/not-a-uuid").then().statusCode(400);
    }

    @Test
    void sponsorsDefineAndChangeObjectivesButOnlyManagersDeleteThem() {
        String projectId = create(uniqueKey());
        String sponsor = TestTokens.forUser("sub-sponsor");
        String id = given().auth().oauth2(sponsor).contentType(ContentType.JSON).body(CLOSE_TIME)
                .when().post(objectivesOf(projectId))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(sponsor).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\":\"AT_RISK\"}")
                .when().patch(objectivesOf(projectId) + "/" + id)
                .then().statusCode(200).body("status", equalTo("AT_RISK"));
        given().auth().oauth2(sponsor).when().delete(objectivesOf(projectId) + "/" + id)
                .then().statusCode(403).body("type", equalTo("https://implementa.io/problems/forbidden"));
        given().auth().oauth2(TestTokens.forUser("sub-manager")).when().delete(objectivesOf(projectId) + "/" + id)
                .then().statusCode(204);
    }

    @Test
    void viewersReadObjectivesButMayNotDefineThemAndOutsidersSeeNothing() {
        String projectId = create(uniqueKey());
        define(projectId, CLOSE_TIME);
        String viewer = "v-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("{\"person\":{\"subject\":\"" + viewer + "\",\"email\":\"v@example.com\",\"name\":\"V\"},"
                        + "\"role\":\"VIEWER\"}")
                .when().post("/api/v1/projects/" + projectId + "/members").then().statusCode(201);
        given().auth().oauth2(TestTokens.forUser(viewer)).when().get(objectivesOf(projectId))
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.forUser(viewer)).contentType(ContentType.JSON).body(CLOSE_TIME)
                .when().post(objectivesOf(projectId)).then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID())).when().get(objectivesOf(projectId))
                .then().statusCode(404);
    }

    @Test
    void planningNeedsAnObjectiveWithATarget() {
        String projectId = create(uniqueKey());
        define(projectId, "{\"title\":\"Placeholder without target\"}");
        given().when().get("/api/v1/projects/" + projectId + "/gates/START_PLANNING")
                .then().statusCode(200)
                .body("criteria.find { it.id == 'objectives-defined' }.met", equalTo(false))
                .body("criteria.find { it.id == 'objectives-defined' }.detail", containsString("target"));
        define(projectId, CLOSE_TIME);
        given().when().get("/api/v1/projects/" + projectId + "/gates/START_PLANNING")
                .then().statusCode(200)
                .body("criteria.id", hasItem("objectives-defined"))
                .body("criteria.find { it.id == 'objectives-defined' }.met", equalTo(true));
    }

    @Test
    void objectivesOfACancelledProjectAreReadOnly() {
        String projectId = create(uniqueKey());
        String id = define(projectId, CLOSE_TIME);
        given().contentType(ContentType.JSON).body("{\"status\":\"CANCELLED\",\"reason\":\"Budget withdrawn\"}")
                .when().post("/api/v1/projects/" + projectId + "/status-changes").then().statusCode(201);
        given().contentType(ContentType.JSON).body(CLOSE_TIME)
                .when().post(objectivesOf(projectId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"status\":\"MISSED\",\"actual\":8}")
                .when().patch(objectivesOf(projectId) + "/" + id)
                .then().statusCode(409);
        given().when().get(objectivesOf(projectId) + "/" + id).then().statusCode(200);
    }
}
