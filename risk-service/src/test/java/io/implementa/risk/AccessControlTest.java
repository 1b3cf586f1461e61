package io.implementa.risk;

import static io.implementa.risk.ProjectFeed.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.implementa.platform.people.PersonRef;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.ApiRoutes;
import io.implementa.stack.testing.ApiRoutes.Route;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may read and change a project's risks: bearer tokens on every route, the project's members (from the
 * project-service's member events) and global readers for reads, every role but VIEWER for identifying risks.
 * The route walks read this service's own OpenAPI document, so a route added without protection fails here.
 */
@QuarkusTest
class AccessControlTest {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://implementa.io/problems/";
    static final String REGISTER = "/api/v1/projects/{projectId}/risk-register";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";

    @Inject
    ProjectFeed feed;

    @Inject
    DataSource dataSource;

    static String riskJson(String title) {
        return """
                {"title":"%s",
                 "description":{"cause":"Nobody owns the interface specification",
                                "event":"The payroll interface is delivered late",
                                "effect":"Parallel run starts a month late"},
                 "category":"INTEGRATION","probability":3,"impact":4,
                 "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                """.formatted(title);
    }

    /** Identifies a risk as the administrator every test request is by default. */
    static String identify(Project project, String title) {
        return given().contentType(ContentType.JSON).body(riskJson(title))
                .when().post(RISKS, project.id())
                .then().statusCode(201)
                .extract().path("id");
    }

    static String tokenOf(PersonRef person) {
        return TestTokens.forUser(person.subject());
    }

    @Test
    void requestWithoutATokenIs401Problem() {
        Project project = feed.openRegister();
        given().header("Authorization", "")
                .when().get(RISKS, project.id())
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    @Test
    void expiredTokenIs401Problem() {
        Project project = feed.openRegister();
        given().auth().oauth2(TestTokens.expired(project.manager().subject()))
                .when().get(RISKS, project.id())
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    @Test
    void tokenSignedByAnUntrustedKeyIs401Problem() {
        Project project = feed.openRegister();
        given().auth().oauth2(TestTokens.signedByStranger(project.manager().subject()))
                .when().get(RISKS, project.id())
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    @Test
    void outsiderGets404OnEveryProjectRouteOfTheApi() {
        Project project = feed.openRegister();
        feed.newMember(project, "MANAGER");
        Map<String, String> ids = Map.of("projectId", project.id().toString(), "riskId", identify(project, "Walked"));
        String outsider = TestTokens.forUser("outsider-" + UUID.randomUUID());

        List<Route> routes = projectRoutes();
        List<String> unprotected = ApiRoutes.violations(routes, outsider, ids,
                ApiRoutes.answers(404, "detail", "project " + project.id() + " was not found"));
        assertThat(unprotected, empty());
        assertThat(routes.stream().map(Route::toString).toList(), hasItem("POST " + RISKS));
        given().when().get(RISKS, project.id()).then().statusCode(200).body("totalItems", equalTo(1));
    }

    /**
     * Calendar feeds are the one exception to bearer tokens (docs/security.md): without a valid feed token they
     * answer 404 problem+json, to an outsider's bearer token as to no token at all, and never ask for a bearer token.
     */
    @Test
    void feedRoutesWithoutAFeedTokenAre404AndNeverABearerChallenge() {
        Project project = feed.openRegister();
        feed.newMember(project, "MANAGER");
        Map<String, String> ids = Map.of("projectId", project.id().toString());
        List<Route> feeds = ApiRoutes.all().stream().filter(route -> route.template().startsWith("/api/v1/feeds/"))
                .toList();
        assertThat(feeds.stream().map(Route::toString).toList(), org.hamcrest.Matchers.containsInAnyOrder(
                "GET /api/v1/feeds/me/risk-dates.ics", "GET /api/v1/feeds/projects/{projectId}/risk-dates.ics"));
        String outsider = TestTokens.forUser("outsider-" + UUID.randomUUID());
        for (Route route : feeds) {
            given().header("Authorization", "").when().get(route.path(ids))
                    .then().statusCode(404).contentType(PROBLEM).header("WWW-Authenticate", nullValue())
                    .body("type", equalTo(PROBLEMS + "not-found"));
            given().auth().oauth2(outsider).queryParam("token", "guessed").when().get(route.path(ids))
                    .then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Test
    void viewerGets403OnEveryProjectWriteRouteOfTheApi() {
        Project project = feed.openRegister();
        PersonRef viewer = feed.newMember(project, "VIEWER");
        Map<String, String> ids = Map.of("projectId", project.id().toString(), "riskId", identify(project, "Viewed"));

        List<Route> writes = projectRoutes().stream().filter(Route::isWrite).toList();
        List<String> unprotected = ApiRoutes.violations(writes, tokenOf(viewer), ids,
                ApiRoutes.answers(403, "type", PROBLEMS + "forbidden"));
        assertThat(unprotected, empty());
        assertThat(writes.stream().map(Route::toString).toList(), hasItem("POST " + RISKS));
    }

    @Test
    void everyProjectWriteRouteDocumentsTheAnswerForbidden() {
        JsonPath openApi = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath();
        List<String> undocumented = projectRoutes().stream().filter(Route::isWrite)
                .filter(route -> openApi.get("paths.'" + route.template() + "'." + route.method()
                        + ".responses.'403'") == null)
                .map(Route::toString)
                .toList();
        assertThat(undocumented, empty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "MANAGER", "SPONSOR", "MEMBER", "STAKEHOLDER" })
    void everyMemberButAViewerMayIdentifyARisk(String role) {
        Project project = feed.openRegister();
        PersonRef member = feed.newMember(project, role);
        given().auth().oauth2(tokenOf(member)).contentType(ContentType.JSON).body(riskJson("Raised by " + role))
                .when().post(RISKS, project.id())
                .then().statusCode(201)
                .body("projectId", equalTo(project.id().toString()))
                .body("title", equalTo("Raised by " + role));
    }

    @Test
    void memberWithTheRoleStillGets422ForAnInvalidRisk() {
        Project project = feed.openRegister();
        PersonRef member = feed.newMember(project, "MEMBER");
        given().auth().oauth2(tokenOf(member)).contentType(ContentType.JSON).body("{}")
                .when().post(RISKS, project.id())
                .then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void viewerReadsTheRegisterItsRisksAndTheirList() {
        Project project = feed.openRegister();
        String riskId = identify(project, "Read by a viewer");
        PersonRef viewer = feed.newMember(project, "VIEWER");
        given().auth().oauth2(tokenOf(viewer)).when().get(REGISTER, project.id())
                .then().statusCode(200).body("projectId", equalTo(project.id().toString()));
        given().auth().oauth2(tokenOf(viewer)).when().get(RISKS + "/{riskId}", project.id(), riskId)
                .then().statusCode(200).body("title", equalTo("Read by a viewer"));
        given().auth().oauth2(tokenOf(viewer)).when().get(RISKS, project.id())
                .then().statusCode(200).body("items.id", contains(riskId));
    }

    @Test
    void viewerMayNotIdentifyARisk() {
        Project project = feed.openRegister();
        PersonRef viewer = feed.newMember(project, "VIEWER");
        given().auth().oauth2(tokenOf(viewer)).contentType(ContentType.JSON).body(riskJson("Not allowed"))
                .when().post(RISKS, project.id())
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "forbidden"))
                .body("detail", equalTo("this needs one of the project roles MANAGER, SPONSOR, MEMBER, STAKEHOLDER; "
                        + "you are VIEWER"));
        given().when().get(RISKS, project.id()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void portfolioViewerReadsEveryProjectsRisksButIdentifiesNone() {
        Project project = feed.openRegister();
        String riskId = identify(project, "Seen by the PMO");
        String pmo = TestTokens.forUser("pmo-" + UUID.randomUUID(), "portfolio-viewer");
        given().auth().oauth2(pmo).when().get(RISKS + "/{riskId}", project.id(), riskId)
                .then().statusCode(200).body("id", equalTo(riskId));
        given().auth().oauth2(pmo).contentType(ContentType.JSON).body(riskJson("Not a member"))
                .when().post(RISKS, project.id())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void membersOfOneProjectNeverSeeAnothersRisks() {
        Project mine = feed.openRegister();
        Project theirs = feed.openRegister();
        String myRisk = identify(mine, "Mine");
        String theirRisk = identify(theirs, "Theirs");
        PersonRef member = feed.newMember(mine, "MANAGER");

        given().auth().oauth2(tokenOf(member)).when().get(RISKS, mine.id())
                .then().statusCode(200)
                .body("items.id", contains(myRisk))
                .body("totalItems", equalTo(1));
        given().auth().oauth2(tokenOf(member)).when().get(RISKS, theirs.id())
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(tokenOf(member)).when().get(REGISTER, theirs.id())
                .then().statusCode(404).contentType(PROBLEM);
        // Their risk under my project's path is not mine to see either.
        given().auth().oauth2(tokenOf(member)).when().get(RISKS + "/{riskId}", mine.id(), theirRisk)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void appliesTheProjectServicesMemberEventsToTheMembershipProjection() {
        Project project = feed.openRegister();
        PersonRef person = ProjectFeed.newPerson("member");

        feed.publish(project, feed.memberAdded(project, person, "VIEWER"));
        await().atMost(WAIT).until(() -> roleOf(project, person).equals(Optional.of("VIEWER")));
        given().auth().oauth2(tokenOf(person)).contentType(ContentType.JSON).body(riskJson("Too early"))
                .when().post(RISKS, project.id())
                .then().statusCode(403);

        feed.publish(project, feed.memberRoleChanged(project, person, "VIEWER", "MEMBER"));
        await().atMost(WAIT).until(() -> roleOf(project, person).equals(Optional.of("MEMBER")));
        given().auth().oauth2(tokenOf(person)).contentType(ContentType.JSON).body(riskJson("Now allowed"))
                .when().post(RISKS, project.id())
                .then().statusCode(201);

        feed.publish(project, feed.memberRemoved(project, person, "MEMBER"));
        await().atMost(WAIT).until(() -> roleOf(project, person).isEmpty());
        given().auth().oauth2(tokenOf(person)).when().get(RISKS, project.id())
                .then().statusCode(404).contentType(PROBLEM);
    }

    /** The routes of a project's data: everything under {@code /projects/{projectId}}. */
    private static List<Route> projectRoutes() {
        // Calendar feeds are walked by feedRoutesWithoutAFeedTokenAre404AndNeverABearerChallenge: they take no bearer token.
        List<Route> routes = ApiRoutes.all().stream().filter(route -> route.hasParameter("projectId"))
                .filter(route -> !route.template().startsWith("/api/v1/feeds/")).toList();
        assertThat("project routes in the OpenAPI document", routes.size() >= 4);
        return routes;
    }

    /** The person's role in the project as this service's projection of the member events has it. */
    private Optional<String> roleOf(Project project, PersonRef person) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select role from project_membership where project_id = ? and subject = ?")) {
            query.setObject(1, project.id());
            query.setString(2, person.subject());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
