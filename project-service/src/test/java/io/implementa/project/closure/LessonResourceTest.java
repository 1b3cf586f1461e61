package io.implementa.project.closure;

import static io.implementa.project.deliverable.DeliverableFixtures.TOPIC;
import static io.implementa.project.deliverable.DeliverableFixtures.member;
import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LessonResourceTest {

    private static final Random RANDOM = new Random();

    @Inject
    ObjectMapper json;

    private static String lessons(String projectId) {
        return "/api/v1/projects/" + projectId + "/lessons";
    }

    /** A word no other test writes, so a search finds only this test's lessons. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private static String lessonJson(String category, String description, boolean shareable) {
        return """
                {"category":"%s","description":"%s","recommendation":"Profile legacy data before estimating","shareable":%s}
                """.formatted(category, description, shareable);
    }

    private static String recordLesson(String token, String projectId, String description, boolean shareable) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(lessonJson("DATA_MIGRATION", description, shareable))
                .when().post(lessons(projectId))
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aMemberRecordsALessonAndItIsAnnounced() throws Exception {
        String key = uniqueKey();
        String projectId = create(key);
        String token = member(projectId, "MEMBER");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(lessonJson("DATA_MIGRATION", "Addresses had no country codes", false))
                    .when().post(lessons(projectId))
                    .then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .header("ETag", "\"0\"")
                    .body("category", equalTo("DATA_MIGRATION"))
                    .body("shareable", equalTo(false))
                    .body("author.subject", startsWith("member-"))
                    .extract().path("id");

            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("LessonRecorded")).value());
            assertEquals("io.implementa.project.LessonRecorded", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(key, data.get("projectKey").asText());
            assertEquals(id, data.get("lessonId").asText());
            assertEquals("Addresses had no country codes", data.get("description").asText());
            assertFalse(data.get("shareable").asBoolean());
            assertTrue(data.get("author").get("subject").asText().startsWith("member-"));
        }
        given().auth().oauth2(token).when().get(lessons(projectId))
                .then().statusCode(200).body("items.description", contains("Addresses had no country codes"));
    }

    @Test
    void shareableDefaultsToFalse() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"category\":\"PEOPLE\",\"description\":\"Train early\"}")
                .when().post(lessons(projectId))
                .then().statusCode(201).body("shareable", equalTo(false));
    }

    @Test
    void viewersDoNotRecordLessons() {
        String projectId = create(uniqueKey());
        given().auth().oauth2(member(projectId, "VIEWER")).contentType(ContentType.JSON)
                .body(lessonJson("PROCESS", "x", true))
                .when().post(lessons(projectId))
                .then().statusCode(403);
        recordLesson(member(projectId, "STAKEHOLDER"), projectId, "Stakeholders may record lessons", true);
    }

    @Test
    void refusesAnUnknownCategoryAndAMissingDescription() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"category\":\"LUCK\",\"description\":\"x\"}")
                .when().post(lessons(projectId))
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
        given().contentType(ContentType.JSON).body("{\"category\":\"OTHER\"}")
                .when().post(lessons(projectId))
                .then().statusCode(422).body("errors[0].field", equalTo("description"));
    }

    @Test
    void theAuthorChangesTheirLessonAndItIsAnnounced() throws Exception {
        String projectId = create(uniqueKey());
        String author = member(projectId, "MEMBER");
        String id = recordLesson(author, projectId, "Interfaces were tested late", false);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(author).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"shareable\":true,\"category\":\"INTEGRATION\",\"recommendation\":null}")
                    .when().patch(lessons(projectId) + "/" + id)
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("shareable", equalTo(true))
                    .body("category", equalTo("INTEGRATION"))
                    .body("recommendation", equalTo(null))
                    .body("description", equalTo("Interfaces were tested late"));
            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("LessonChanged")).value()).get("data");
            assertTrue(data.get("shareable").asBoolean());
            assertEquals("INTEGRATION", data.get("category").asText());
        }
    }

    @Test
    void aManagerChangesAnyLessonButAnotherMemberDoesNot() {
        String projectId = create(uniqueKey());
        String id = recordLesson(member(projectId, "MEMBER"), projectId, "Vendor SLAs were vague", false);
        given().auth().oauth2(member(projectId, "MEMBER")).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"category\":\"VENDOR\"}")
                .when().patch(lessons(projectId) + "/" + id)
                .then().statusCode(403).body("type", equalTo("https://implementa.io/problems/not-author"));
        given().auth().oauth2(member(projectId, "MANAGER")).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"category\":\"VENDOR\"}")
                .when().patch(lessons(projectId) + "/" + id)
                .then().statusCode(200).body("category", equalTo("VENDOR"));
    }

    @Test
    void changingALessonNeedsItsCurrentEtag() {
        String projectId = create(uniqueKey());
        String id = recordLesson(TestTokens.admin(), projectId, "Cut-over rehearsal saved the weekend", true);
        given().contentType(ContentType.JSON).body("{\"shareable\":false}")
                .when().patch(lessons(projectId) + "/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{\"shareable\":false}")
                .when().patch(lessons(projectId) + "/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"description\":null}")
                .when().patch(lessons(projectId) + "/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("description"));
    }

    @Test
    void listsAProjectsLessonsByCategoryAndShareability() {
        String projectId = create(uniqueKey());
        String admin = TestTokens.admin();
        recordLesson(admin, projectId, "Private migration lesson", false);
        recordLesson(admin, projectId, "Shared migration lesson", true);
        given().contentType(ContentType.JSON).body(lessonJson("TRAINING", "Train the trainers first", true))
                .when().post(lessons(projectId)).then().statusCode(201);

        given().when().get(lessons(projectId)).then().statusCode(200).header("X-Total-Count", "3");
        given().queryParam("category", "training").when().get(lessons(projectId))
                .then().body("items.description", contains("Train the trainers first"));
        given().queryParam("shareable", true).queryParam("sort", "-createdAt").when().get(lessons(projectId))
                .then().body("items.description", contains("Train the trainers first", "Shared migration lesson"));
    }

    @Test
    void aLessonOfAnotherProjectIsNotFound() {
        String projectId = create(uniqueKey());
        String other = create(uniqueKey());
        String id = recordLesson(TestTokens.admin(), other, "Elsewhere", true);
        given().when().get(lessons(projectId) + "/" + id).then().statusCode(404);
        given().when().get(lessons(other) + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void searchFindsAnotherProjectsShareableLessonButNotItsPrivateOne() {
        String word = uniqueWord();
        String mineKey = uniqueKey();
        String theirsKey = uniqueKey();
        String mine = create(mineKey);
        String theirs = create(theirsKey);
        String me = member(mine, "MEMBER");
        String admin = TestTokens.admin();
        String myPrivate = recordLesson(admin, mine, "Our private " + word + " lesson", false);
        String theirShared = recordLesson(admin, theirs, "Their shared " + word + " lesson", true);
        recordLesson(admin, theirs, "Their private " + word + " lesson", false);

        given().auth().oauth2(me).queryParam("q", word).when().get("/api/v1/lessons")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.id", containsInAnyOrder(myPrivate, theirShared))
                .body("items.find { it.id == '" + theirShared + "' }.projectKey", equalTo(theirsKey))
                .body("items.find { it.id == '" + theirShared + "' }.projectName", equalTo("ERP roll-out"))
                .body("items.find { it.id == '" + myPrivate + "' }.projectKey", equalTo(mineKey));

        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID())).queryParam("q", word)
                .when().get("/api/v1/lessons")
                .then().statusCode(200).body("items.id", contains(theirShared));
        given().queryParam("q", word).when().get("/api/v1/lessons")
                .then().statusCode(200).body("totalItems", equalTo(3));
    }

    @Test
    void searchMatchesWordPrefixesInDescriptionAndRecommendation() {
        String word = uniqueWord();
        String projectId = create(uniqueKey());
        String inDescription = recordLesson(TestTokens.admin(), projectId, "The " + word + "ation was late", true);
        String inRecommendation = given().contentType(ContentType.JSON)
                .body("{\"category\":\"CUTOVER\",\"description\":\"Cut-over\",\"recommendation\":\"Rehearse the "
                        + word + " twice\",\"shareable\":true}")
                .when().post(lessons(projectId)).then().statusCode(201).extract().path("id");

        given().queryParam("q", word.toUpperCase()).when().get("/api/v1/lessons")
                .then().statusCode(200).body("items.id", containsInAnyOrder(inDescription, inRecommendation));
        given().queryParam("q", word + " rehearse").when().get("/api/v1/lessons")
                .then().statusCode(200).body("items.id", contains(inRecommendation));
        given().queryParam("q", word).queryParam("category", "cutover").when().get("/api/v1/lessons")
                .then().statusCode(200).body("items.id", contains(inRecommendation));
        given().queryParam("q", word + " & !(|:*").queryParam("sort", "-createdAt").when().get("/api/v1/lessons")
                .then().statusCode(200).body("items.id", contains(inRecommendation, inDescription));
    }

    @Test
    void searchIsPagedAndSortable() {
        String word = uniqueWord();
        String projectId = create(uniqueKey());
        for (int i = 0; i < 3; i++) {
            recordLesson(TestTokens.admin(), projectId, "Lesson " + i + " about " + word, true);
        }
        given().queryParam("q", word).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "createdAt")
                .when().get("/api/v1/lessons")
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.description", contains("Lesson 2 about " + word))
                .body("totalPages", equalTo(2));
        given().queryParam("sort", "colour").when().get("/api/v1/lessons")
                .then().statusCode(422).body("errors[0].field", equalTo("sort"));
        given().queryParam("size", 101).when().get("/api/v1/lessons").then().statusCode(422);
    }

    @Test
    void searchNeedsAToken() {
        given().header("Authorization", "").when().get("/api/v1/lessons").then().statusCode(401);
    }
}
