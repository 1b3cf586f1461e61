package io.implementa.resource.resource;

import static io.implementa.resource.resource.ResourceFixtures.PROBLEM;
import static io.implementa.resource.resource.ResourceFixtures.equipmentJson;
import static io.implementa.resource.resource.ResourceFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A resource's audit history: who changed its profile and rates, when, and what it looked like afterwards. */
@QuarkusTest
class ResourceHistoryTest {

    @Test
    void historyListsEachChangeWithTheResourceManagerWhoMadeIt() {
        String manager = unique("rm");
        String token = TestTokens.forUser(manager, "resource-manager");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(equipmentJson("Test rig", unique("dept")))
                .when().post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"costRates\":[{\"standardRate\":15,\"currency\":\"USD\",\"effectiveFrom\":\"2027-01-01\"}]}")
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(200);
        given().auth().oauth2(token).when().post("/api/v1/resources/" + id + "/deactivation")
                .then().statusCode(200);

        // Any authenticated caller reads the pool, and so its history.
        given().auth().oauth2(TestTokens.forUser(unique("reader")))
                .when().get("/api/v1/resources/" + id + "/history")
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.change", contains("UPDATED", "UPDATED", "CREATED"))
                .body("items.by.subject", everyItem(equalTo(manager)))
                .body("items.state.status", contains("INACTIVE", "ACTIVE", "ACTIVE"))
                .body("items.collect { it.state.costRates[0].standardRate }", contains(15.0f, 15.0f, 12.0f));
    }

    @Test
    void unknownResourceHasNoHistory() {
        given().when().get("/api/v1/resources/" + UUID.randomUUID() + "/history")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(ResourceFixtures.PROBLEMS + "not-found"));
    }
}
