package io.implementa.platform;

import static io.implementa.platform.PlatformTestSupport.createGadget;
import static io.implementa.platform.PlatformTestSupport.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.implementa.platform.testapp.TestDatabase;
import io.implementa.stack.testing.TestTokens;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The audit history: every committed change of an audited entity, by whom, when, and the entity afterwards. */
@QuarkusTest
class AuditTest {

    @Inject
    TestDatabase database;

    private static final String PROBLEM = "application/problem+json";

    @Test
    void historyListsEachChangeWithItsAuthorNewestFirst() {
        String author = "editor-" + unique("");
        String token = TestTokens.forUser(author);
        String name = unique("audited-");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"weight\":1}")
                .when().post("/api/v1/gadgets")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"" + name + "-2\"}")
                .when().patch("/api/v1/gadgets/" + id)
                .then().statusCode(200);

        given().when().get("/api/v1/gadgets/" + id + "/history")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.change", contains("UPDATED", "CREATED"))
                .body("items.by.subject", contains("test-admin", author))
                .body("items[1].by.email", equalTo(author + "@example.com"))
                .body("items[1].by.name", equalTo("Test " + author))
                .body("items.state.name", contains(name + "-2", name))
                .body("items.state.version", contains(1, 0))
                .body("items[0].at", notNullValue())
                .body("items[0].revision", org.hamcrest.Matchers.greaterThan(
                        given().when().get("/api/v1/gadgets/" + id + "/history")
                                .then().extract().<Integer>path("items[1].revision")));
    }

    @Test
    void historyPagesAndSortsOldestFirstOnRequest() {
        String id = createGadget(unique("paged-"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"name\":\"" + unique("renamed-") + "\"}")
                .when().patch("/api/v1/gadgets/" + id).then().statusCode(200);
        given().queryParam("sort", "revision").queryParam("size", 1)
                .when().get("/api/v1/gadgets/" + id + "/history")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].change", equalTo("CREATED"))
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2));
        given().queryParam("sort", "at").when().get("/api/v1/gadgets/" + id + "/history")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void deletionIsTheLastEntryAndKeepsTheFinalState() {
        String name = unique("doomed-");
        String id = createGadget(name);
        given().when().delete("/api/v1/gadgets/" + id).then().statusCode(204);
        given().when().get("/api/v1/gadgets/" + id + "/history")
                .then().statusCode(200)
                .body("items.change", contains("DELETED", "CREATED"))
                .body("items[0].state.name", equalTo(name));
    }

    @Test
    void updateTheViewDoesNotShowIsNotRecorded() {
        String id = createGadget(unique("counted-"));
        given().when().post("/api/v1/gadgets/" + id + "/touches").then().statusCode(204);
        given().when().get("/api/v1/gadgets/" + id + "/history")
                .then().statusCode(200).body("items.change", contains("CREATED"));
    }

    @Test
    void changeThatRollsBackLeavesNoHistory() {
        String name = unique("rollback-");
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"weight\":1}")
                .when().post("/api/v1/gadgets").then().statusCode(422);
        assertThat(database.gadgets(name), equalTo(0L));
        assertThat(database.auditedStatesNamed(name), equalTo(0L));
    }

    @Test
    void unknownEntityHasNoHistory() {
        given().when().get("/api/v1/gadgets/" + java.util.UUID.randomUUID() + "/history")
                .then().statusCode(404).contentType(PROBLEM);
    }
}
