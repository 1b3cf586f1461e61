package io.implementa.project.security;

import static io.implementa.project.project.ProjectResourceTest.projectJson;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.stack.testing.ApiRoutes;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may see and do what, over every route of the service's own OpenAPI document: a route added
 * without protection fails here.
 */
@QuarkusTest
class AccessControlTest {

    /** A project whose manager is {@code manager} and which also has a viewer; returns ids by path parameter. */
    private static Map<String, String> project(String manager, String viewer) {
        String body = projectJson(uniqueKey()).replace("sub-manager", manager);
        String projectId = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");
        String memberId = given().contentType(ContentType.JSON)
                .body("{\"person\":{\"subject\":\"" + viewer + "\",\"email\":\"v@example.com\",\"name\":\"V\"},"
                        + "\"role\":\"VIEWER\"}")
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(201).extract().path("id");
        return Map.of("projectId", projectId, "memberId", memberId);
    }

    @Test
    void missingExpiredOrForeignTokensAre401() {
        given().header("Authorization", "").when().get("/api/v1/projects").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired("x")).when().get("/api/v1/projects").then().statusCode(401);
        given().auth().oauth2(TestTokens.signedByStranger("x")).when().get("/api/v1/projects").then().statusCode(401);
    }

    @Test
    void outsiderGets404OnEveryRouteOfAProject() {
        Map<String, String> ids = project("m-" + UUID.randomUUID(), "v-" + UUID.randomUUID());
        String outsider = TestTokens.forUser("outsider-" + UUID.randomUUID());
        List<String> leaks = ApiRoutes.violations(route -> route.hasParameter("projectId"), outsider, ids, 404);
        assertTrue(leaks.isEmpty(), "routes answering an outsider with something else than 404: " + leaks);
    }

    /**
     * Calendar feeds are the one exception to bearer tokens (docs/security.md): without a valid feed token they
     * answer 404 problem+json, to an outsider's bearer token as to no token at all, and never ask for a bearer token.
     */
    @Test
    void feedRoutesWithoutAFeedTokenAre404AndNeverABearerChallenge() {
        Map<String, String> ids = project("m-" + UUID.randomUUID(), "v-" + UUID.randomUUID());
        List<ApiRoutes.Route> feeds = ApiRoutes.all().stream()
                .filter(route -> route.template().startsWith("/api/v1/feeds/")).toList();
        assertEquals(2, feeds.size(), "the project-service's feeds: " + feeds);
        String outsider = TestTokens.forUser("outsider-" + UUID.randomUUID());
        for (ApiRoutes.Route feed : feeds) {
            given().header("Authorization", "").when().get(feed.path(ids))
                    .then().statusCode(404).contentType("application/problem+json")
                    .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
            given().auth().oauth2(outsider).queryParam("token", "guessed").when().get(feed.path(ids))
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void viewerGets403OnEveryChangeOfTheProject() {
        String viewer = "v-" + UUID.randomUUID();
        Map<String, String> ids = project("m-" + UUID.randomUUID(), viewer);
        String token = TestTokens.forUser(viewer);
        List<String> allowed = ApiRoutes.violations(route -> route.hasParameter("projectId") && route.isWrite(),
                token, ids, 403);
        assertTrue(allowed.isEmpty(), "write routes a viewer was not refused: " + allowed);
    }

    @Test
    void viewerMayReadTheProject() {
        String viewer = "v-" + UUID.randomUUID();
        Map<String, String> ids = project("m-" + UUID.randomUUID(), viewer);
        given().auth().oauth2(TestTokens.forUser(viewer)).when().get("/api/v1/projects/" + ids.get("projectId"))
                .then().statusCode(200).body("id", equalTo(ids.get("projectId")));
        given().auth().oauth2(TestTokens.forUser(viewer))
                .when().get("/api/v1/projects/" + ids.get("projectId") + "/members")
                .then().statusCode(200).body("totalItems", equalTo(3));
    }

    @Test
    void managerMayChangeTheProject() {
        String manager = "m-" + UUID.randomUUID();
        Map<String, String> ids = project(manager, "v-" + UUID.randomUUID());
        given().auth().oauth2(TestTokens.forUser(manager)).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"name\":\"Renamed by its manager\"}")
                .when().patch("/api/v1/projects/" + ids.get("projectId"))
                .then().statusCode(200).body("name", equalTo("Renamed by its manager"));
    }

    @Test
    void listsShowOnlyTheCallersProjects() {
        String manager = "m-" + UUID.randomUUID();
        Map<String, String> mine = project(manager, "v-" + UUID.randomUUID());
        Map<String, String> other = project("m-" + UUID.randomUUID(), "v-" + UUID.randomUUID());
        given().auth().oauth2(TestTokens.forUser(manager)).queryParam("size", 100)
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", hasItem(mine.get("projectId")))
                .body("items.id", not(hasItem(other.get("projectId"))));
        String portfolio = TestTokens.forUser("pmo-" + UUID.randomUUID(), "portfolio-viewer");
        int all = given().auth().oauth2(portfolio).when().get("/api/v1/projects").then().statusCode(200)
                .extract().path("totalItems");
        assertTrue(all >= 2);
    }

    @Test
    void proposerWhoIsNeitherSponsorNorManagerFollowsTheProjectAsViewer() {
        String proposer = "p-" + UUID.randomUUID();
        String projectId = given().auth().oauth2(TestTokens.forUser(proposer)).contentType(ContentType.JSON)
                .body(projectJson(uniqueKey()))
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");
        String role = given().auth().oauth2(TestTokens.forUser(proposer))
                .when().get("/api/v1/projects/" + projectId + "/members?role=VIEWER")
                .then().statusCode(200).extract().path("items[0].person.subject");
        assertEquals(proposer, role);
    }
}
