package io.implementa.project.project;

import static io.implementa.project.project.ProjectResourceTest.projectJson;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A project's audit history: who changed what and when, for those who may read the project. */
@QuarkusTest
class ProjectHistoryTest {

    /** A project proposed by its own manager (no global role); returns its id. */
    private static String proposedBy(String manager) {
        return given().auth().oauth2(TestTokens.forUser(manager)).contentType(ContentType.JSON)
                .body(projectJson(uniqueKey()).replace("sub-manager", manager))
                .when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void historyListsTheCreationAndEachChangeWithWhoMadeIt() {
        String manager = "mgr-" + UUID.randomUUID();
        String id = proposedBy(manager);
        given().auth().oauth2(TestTokens.forUser(manager)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"ERP roll-out, phase 2\"}")
                .when().patch("/api/v1/projects/" + id)
                .then().statusCode(200);

        given().auth().oauth2(TestTokens.forUser(manager))
                .when().get("/api/v1/projects/" + id + "/history")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.change", contains("UPDATED", "CREATED"))
                .body("items.by.subject", everyItem(equalTo(manager)))
                .body("items[0].by.email", equalTo(manager + "@example.com"))
                .body("items.state.name", contains("ERP roll-out, phase 2", "ERP roll-out"))
                .body("items.state.version", contains(1, 0))
                .body("items[0].state.id", equalTo(id))
                .body("items[0].at", notNullValue());
    }

    @Test
    void outsiderGets404ForTheHistory() {
        String id = proposedBy("mgr-" + UUID.randomUUID());
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID()))
                .when().get("/api/v1/projects/" + id + "/history")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("project " + id + " was not found"));
    }

    @Test
    void unknownProjectHasNoHistory() {
        UUID id = UUID.randomUUID();
        given().when().get("/api/v1/projects/" + id + "/history")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
