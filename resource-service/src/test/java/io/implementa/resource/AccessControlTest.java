package io.implementa.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.implementa.stack.testing.ApiRoutes;
import io.implementa.stack.testing.ApiRoutes.Route;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may read and change the resource pool: bearer tokens on every route, every authenticated caller reads
 * (the pool is the organisation's directory) but timesheets only their own (404 otherwise), resource managers
 * and admins change it. The route walks read this
 * service's own OpenAPI document, so a route added without protection fails here.
 */
@QuarkusTest
class AccessControlTest {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://implementa.io/problems/";
    static final String RESOURCES = "/api/v1/resources";

    /** The platform's operator routes (dead-letter re-drive): admin-only is the platform's to enforce and test. */
    static final String PLATFORM_OPERATOR_ROUTES = "/api/v1/admin/";

    /** One's own feed tokens (the platform's, tested there and in the feed tests) and the calendar feeds. */
    static final String FEED_TOKENS = "/api/v1/feed-tokens";
    static final String FEEDS = "/api/v1/feeds/";

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String equipmentJson(String name) {
        return """
                {"kind":"EQUIPMENT","name":"%s","department":"%s","location":"Plant 3",
                 "costRates":[{"standardRate":12,"currency":"USD","effectiveFrom":"2027-01-01"}]}
                """.formatted(name, unique("dept"));
    }

    /** Adds a resource as the administrator every test request is by default; returns its id. */
    static String create() {
        return given().contentType(ContentType.JSON).body(equipmentJson(unique("Test rig")))
                .when().post(RESOURCES)
                .then().statusCode(201)
                .extract().path("id");
    }

    static String resourceManager() {
        return TestTokens.forUser(unique("rm"), "resource-manager");
    }

    @Test
    void requestWithoutATokenIs401Problem() {
        given().header("Authorization", "")
                .when().get(RESOURCES)
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    @Test
    void expiredTokenIs401Problem() {
        given().auth().oauth2(TestTokens.expired(unique("late")))
                .when().get(RESOURCES)
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    @Test
    void tokenSignedByAnUntrustedKeyIs401Problem() {
        given().auth().oauth2(TestTokens.signedByStranger(unique("mallory")))
                .when().get(RESOURCES)
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    @Test
    void changeWithoutATokenIs401NotForbidden() {
        given().header("Authorization", "").contentType(ContentType.JSON).body(equipmentJson("Anonymous rig"))
                .when().post(RESOURCES)
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    /** No route of the pool is project-scoped today; one added later must hide its project from outsiders. */
    @Test
    void outsiderGets404OnEveryProjectRouteOfTheApi() {
        String outsider = TestTokens.forUser(unique("outsider"));
        UUID projectId = UUID.randomUUID();
        List<Route> projectRoutes = routes().stream().filter(route -> route.hasParameter("projectId")).toList();
        List<String> unprotected = ApiRoutes.violations(projectRoutes, outsider,
                Map.of("projectId", projectId.toString()),
                ApiRoutes.answers(404, "detail", "project " + projectId + " was not found"));
        assertThat(unprotected, empty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "portfolio-viewer" })
    void callerWithoutTheResourceManagerRoleGets403OnEveryWriteRoute(String group) {
        String caller = group.isEmpty() ? TestTokens.forUser(unique("user"))
                : TestTokens.forUser(unique("user"), group);
        Map<String, String> ids = ids();
        // A timesheet is hidden (404) from whoever may not see it; TimesheetPrivacyTest walks those routes.
        List<Route> writes = routes().stream().filter(Route::isWrite)
                .filter(route -> !route.hasParameter("timesheetId")).toList();
        List<String> unprotected = ApiRoutes.violations(writes, caller, ids,
                ApiRoutes.answers(403, "type", PROBLEMS + "forbidden"));
        assertThat(unprotected, empty());
        assertThat(writes.stream().map(Route::toString).toList(), hasItems("POST " + RESOURCES,
                "PATCH " + RESOURCES + "/{id}", "POST " + RESOURCES + "/{id}/deactivation"));
        given().when().get(RESOURCES + "/{id}", ids.get("id"))
                .then().statusCode(200).body("status", equalTo("ACTIVE")).header("ETag", "\"0\"");
    }

    @Test
    void everyAuthenticatedCallerReadsEveryReadRoute() {
        String caller = TestTokens.forUser(unique("reader"));
        Map<String, String> ids = ids();
        List<Route> reads = routes().stream().filter(route -> !route.isWrite())
                .filter(route -> !route.hasParameter("timesheetId")).toList();
        List<String> refused = ApiRoutes.violations(reads, caller, ids, ApiRoutes.answers(200));
        assertThat(refused, empty());
        assertThat(reads.stream().map(Route::toString).toList(), hasItems("GET " + RESOURCES,
                "GET " + RESOURCES + "/{id}"));
    }

    @Test
    void plainCallerSeesTheWholePool() {
        String id = create();
        given().auth().oauth2(TestTokens.forUser(unique("reader")))
                .when().get(RESOURCES + "/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("kind", equalTo("EQUIPMENT"));
    }

    @Test
    void forbiddenChangeNamesTheMissingRole() {
        given().auth().oauth2(TestTokens.forUser(unique("user"))).contentType(ContentType.JSON)
                .body(equipmentJson("Not mine to add"))
                .when().post(RESOURCES)
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "forbidden"))
                .body("detail", equalTo("this needs the role resource-manager"));
    }

    @Test
    void resourceManagerAddsChangesAndDeactivatesResources() {
        String manager = resourceManager();
        String id = given().auth().oauth2(manager).contentType(ContentType.JSON).body(equipmentJson("Managed rig"))
                .when().post(RESOURCES)
                .then().statusCode(201)
                .body("name", equalTo("Managed rig"))
                .extract().path("id");
        given().auth().oauth2(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"location\":\"Plant 4\"}")
                .when().patch(RESOURCES + "/{id}", id)
                .then().statusCode(200)
                .body("location", equalTo("Plant 4"));
        given().auth().oauth2(manager)
                .when().post(RESOURCES + "/{id}/deactivation", id)
                .then().statusCode(200)
                .body("status", equalTo("INACTIVE"));
    }

    @Test
    void resourceManagerStillGets422ForAnInvalidResource() {
        given().auth().oauth2(resourceManager()).contentType(ContentType.JSON).body("{}")
                .when().post(RESOURCES)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "validation"));
    }

    @Test
    void everyWriteRouteDocumentsTheAnswerForbidden() {
        JsonPath openApi = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath();
        List<String> undocumented = routes().stream().filter(Route::isWrite)
                .filter(route -> openApi.get("paths.'" + route.template() + "'." + route.method()
                        + ".responses.'403'") == null)
                .map(Route::toString)
                .toList();
        assertThat(undocumented, empty());
    }

    /** A timesheet is personal: a caller who is neither its person, their manager nor a resource manager gets 404. */
    @Test
    void strangerGets404OnEveryTimesheetRoute() {
        Map<String, String> ids = ids();
        List<Route> timesheetRoutes = routes().stream().filter(route -> route.hasParameter("timesheetId")).toList();
        List<String> unprotected = ApiRoutes.violations(timesheetRoutes, TestTokens.forUser(unique("stranger")), ids,
                ApiRoutes.answers(404, "detail", "timesheet " + ids.get("timesheetId") + " was not found"));
        assertThat(unprotected, empty());
        assertThat(timesheetRoutes.stream().map(Route::toString).toList(),
                hasItems("GET /api/v1/timesheets/{timesheetId}", "POST /api/v1/timesheets/{timesheetId}/approval"));
    }

    /** Existing objects for every path parameter of the routes, so reads can answer 200. */
    static Map<String, String> ids() {
        String resource = create();
        String skill = io.implementa.resource.skill.SkillTest.createSkill(unique("skill"), "Access");
        String[] timesheet = io.implementa.resource.timesheet.TimesheetTest.sheetWithEntry();
        String allocation = io.implementa.resource.allocation.AllocationFixtures.allocate(resource,
                UUID.randomUUID(), "2027-03-01", "2027-03-31", "\"percent\":50", "HARD");
        // A second booking overloads the resource, so that it has an over-allocation episode.
        io.implementa.resource.allocation.AllocationFixtures.allocate(resource, UUID.randomUUID(), "2027-03-01",
                "2027-03-31", "\"percent\":60", "HARD");
        String episode = given().when().get(RESOURCES + "/{id}/over-allocations", resource)
                .then().statusCode(200).extract().path("[0].episodeId");
        return Map.of("id", resource,
                "timesheetId", timesheet[0],
                "entryId", timesheet[1],
                "episodeId", episode,
                "allocationId", allocation,
                "skillId", skill,
                "calendarId", io.implementa.resource.capacity.CapacityTest.createCalendar("[]"),
                "requestId", io.implementa.resource.demand.DemandTest.request(UUID.randomUUID(), skill, 1,
                        "\"percent\":10"));
    }

    /** This service's own routes in its OpenAPI document. */
    /**
     * The routes of the pool. Left out: the platform's operator routes, and one's own feed tokens and the calendar
     * feeds (opened by a feed token, not a bearer token), walked by {@link #feedRoutesWithoutAFeedTokenAre404AndNeverABearerChallenge()}.
     */
    private static List<Route> routes() {
        return ApiRoutes.all().stream().filter(route -> !route.template().startsWith(PLATFORM_OPERATOR_ROUTES))
                .filter(route -> !route.template().startsWith(FEED_TOKENS) && !route.template().startsWith(FEEDS))
                .toList();
    }

    /**
     * Calendar feeds are the one exception to bearer tokens (docs/security.md): without a valid feed token they
     * answer 404 problem+json, to an outsider's bearer token as to no token at all, and never ask for a bearer token.
     */
    @Test
    void feedRoutesWithoutAFeedTokenAre404AndNeverABearerChallenge() {
        Map<String, String> ids = Map.of("projectId", UUID.randomUUID().toString());
        List<Route> feeds = ApiRoutes.all().stream().filter(route -> route.template().startsWith(FEEDS)).toList();
        assertThat(feeds.stream().map(Route::toString).toList(), org.hamcrest.Matchers.containsInAnyOrder(
                "GET /api/v1/feeds/me/allocations.ics", "GET /api/v1/feeds/projects/{projectId}/allocations.ics"));
        String outsider = TestTokens.forUser(unique("outsider"));
        for (Route route : feeds) {
            given().header("Authorization", "").when().get(route.path(ids))
                    .then().statusCode(404).contentType(PROBLEM)
                    .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue())
                    .body("type", equalTo(PROBLEMS + "not-found"));
            given().auth().oauth2(outsider).queryParam("token", "guessed").when().get(route.path(ids))
                    .then().statusCode(404).contentType(PROBLEM);
        }
    }
}
