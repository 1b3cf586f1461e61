package io.implementa.project.feasibility;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeasibilityResourceTest {

    static String notesOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/feasibility-notes";
    }

    static String note(String topic, String conclusion) {
        return """
                {"topic":"%s","text":"The vendor's EDI adapter covers two of our three carriers","conclusion":"%s"}
                """.formatted(topic, conclusion);
    }

    static String add(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(notesOf(projectId))
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void recordsANoteWithTheCallerAsAuthor() {
        String projectId = create(uniqueKey());
        given().auth().oauth2(TestTokens.forUser("sub-manager")).contentType(ContentType.JSON)
                .body(note("TECHNICAL", "FEASIBLE_WITH_CONDITIONS"))
                .when().post(notesOf(projectId))
                .then().statusCode(201)
                .header("Location", containsString(notesOf(projectId) + "/"))
                .header("ETag", "\"0\"")
                .body("projectId", equalTo(projectId))
                .body("topic", equalTo("TECHNICAL"))
                .body("conclusion", equalTo("FEASIBLE_WITH_CONDITIONS"))
                .body("text", containsString("EDI adapter"))
                .body("author.subject", equalTo("sub-manager"))
                .body("author.email", equalTo("sub-manager@example.com"))
                .body("createdAt", notNullValue());
    }

    @Test
    void readsANoteWithItsEtag() {
        String projectId = create(uniqueKey());
        String id = add(projectId, note("LEGAL", "FEASIBLE"));
        given().when().get(notesOf(projectId) + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("topic", equalTo("LEGAL"));
    }

    @Test
    void listsNotesFilteredByTopicAndConclusion() {
        String projectId = create(uniqueKey());
        add(projectId, note("TECHNICAL", "FEASIBLE"));
        add(projectId, note("FINANCIAL", "NOT_FEASIBLE"));
        add(projectId, note("TECHNICAL", "NOT_FEASIBLE"));
        given().when().get(notesOf(projectId))
                .then().statusCode(200).header("X-Total-Count", "3").body("totalItems", equalTo(3));
        given().queryParam("topic", "technical").queryParam("sort", "conclusion")
                .when().get(notesOf(projectId))
                .then().statusCode(200)
                .body("items.conclusion", contains("FEASIBLE", "NOT_FEASIBLE"));
        given().queryParam("conclusion", "NOT_FEASIBLE").queryParam("sort", "topic")
                .when().get(notesOf(projectId))
                .then().statusCode(200)
                .body("items.topic", contains("FINANCIAL", "TECHNICAL"));
    }

    @Test
    void refusesAnIncompleteNoteNamingTheFields() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"text\":\"  \"}")
                .when().post(notesOf(projectId))
                .then().statusCode(422)
                .body("errors.field", hasItems("topic", "text", "conclusion"));
        given().contentType(ContentType.JSON).body(note("ASTROLOGICAL", "FEASIBLE"))
                .when().post(notesOf(projectId))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("topic"));
    }

    @Test
    void membersRecordNotesViewersOnlyReadThemAndOutsidersSeeNothing() {
        String projectId = create(uniqueKey());
        String member = "m-" + UUID.randomUUID();
        String viewer = "v-" + UUID.randomUUID();
        for (String[] person : new String[][] { { member, "MEMBER" }, { viewer, "VIEWER" } }) {
            given().contentType(ContentType.JSON)
                    .body("{\"person\":{\"subject\":\"" + person[0] + "\",\"email\":\"p@example.com\",\"name\":\"P\"},"
                            + "\"role\":\"" + person[1] + "\"}")
                    .when().post("/api/v1/projects/" + projectId + "/members").then().statusCode(201);
        }
        given().auth().oauth2(TestTokens.forUser(member)).contentType(ContentType.JSON)
                .body(note("SCHEDULE", "FEASIBLE"))
                .when().post(notesOf(projectId)).then().statusCode(201).body("author.subject", equalTo(member));
        given().auth().oauth2(TestTokens.forUser(viewer)).contentType(ContentType.JSON)
                .body(note("SCHEDULE", "FEASIBLE"))
                .when().post(notesOf(projectId)).then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser(viewer)).when().get(notesOf(projectId))
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID())).when().get(notesOf(projectId))
                .then().statusCode(404);
    }

    @Test
    void unknownNotesAndProjectsAreNotFound() {
        String projectId = create(uniqueKey());
        given().when().get(notesOf(projectId) + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("https://implementa.io/problems/not-found"));
        given().when().get(notesOf(UUID.randomUUID().toString())).then().statusCode(404);
        given().contentType(ContentType.JSON).body(note("LEGAL", "FEASIBLE"))
                .when().post(notesOf(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void notesOfACancelledProjectCannotBeAdded() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"status\":\"CANCELLED\",\"reason\":\"Budget withdrawn\"}")
                .when().post("/api/v1/projects/" + projectId + "/status-changes").then().statusCode(201);
        given().contentType(ContentType.JSON).body(note("LEGAL", "FEASIBLE"))
                .when().post(notesOf(projectId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/project-not-editable"));
    }
}
