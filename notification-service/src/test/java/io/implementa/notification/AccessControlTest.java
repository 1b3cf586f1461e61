package io.implementa.notification;

import static io.implementa.notification.project.ProjectServiceFeed.newPerson;
import static io.implementa.notification.project.ProjectServiceFeed.newProject;
import static io.implementa.notification.project.ProjectServiceFeed.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.ApiRoutes;
import io.implementa.stack.testing.ApiRoutes.Route;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may see and change what in the notification-service: bearer tokens on every route; a project's view and
 * directory for its members and global readers; a recipient for whoever registered it, the person it describes,
 * the members of a project it is linked to (read only) and admins. The route walks read this service's own
 * OpenAPI document, so a project route added without protection fails here.
 */
@QuarkusTest
class AccessControlTest {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://implementa.io/problems/";
    static final String RECIPIENTS = "/api/v1/recipients";
    static final String PROJECT = "/api/v1/projects/{projectId}";

    @Inject
    ProjectServiceFeed feed;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String mailbox(String name) {
        return """
                {"kind":"TEAM_MAILBOX","displayName":"%1$s","email":"%1$s@example.com","preferredChannel":"EMAIL"}
                """.formatted(name);
    }

    static String personJson(PersonRef person) {
        return """
                {"kind":"PERSON","person":{"subject":"%s","email":"%s","name":"%s"},"preferredChannel":"EMAIL"}
                """.formatted(person.subject(), person.email(), person.name());
    }

    /** Registers a recipient as the token's holder; returns its id. */
    static String register(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(RECIPIENTS)
                .then().statusCode(201)
                .extract().path("id");
    }

    static String user() {
        return TestTokens.forUser(unique("user"));
    }

    static String tokenOf(PersonRef person) {
        return TestTokens.forUser(person.subject());
    }

    /** The id of the recipient a project made of its manager, looked up as an admin. */
    static String managerRecipient(TestProject project) {
        return given().queryParam("q", project.manager().email())
                .when().get(RECIPIENTS)
                .then().statusCode(200)
                .body("items.source", contains("PROJECT"))
                .extract().path("items[0].id");
    }

    @Test
    void requestWithoutATokenIs401Problem() {
        given().header("Authorization", "")
                .when().get(RECIPIENTS)
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    @Test
    void expiredTokenIs401Problem() {
        given().auth().oauth2(TestTokens.expired(unique("late")))
                .when().get(RECIPIENTS)
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    @Test
    void tokenSignedByAnUntrustedKeyIs401Problem() {
        given().auth().oauth2(TestTokens.signedByStranger(unique("mallory")))
                .when().get(RECIPIENTS)
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "unauthenticated"));
    }

    @Test
    void outsiderGets404OnEveryProjectRouteOfTheApi() {
        TestProject project = feed.announce(newProject());
        feed.addMember(project, newPerson("Insider"), "MANAGER");
        String outsider = user();

        List<Route> routes = projectRoutes();
        List<String> unprotected = ApiRoutes.violations(routes, outsider, Map.of("projectId", project.id().toString()),
                ApiRoutes.answers(404, "detail", "project " + project.id() + " was not found"));
        assertThat(unprotected, empty());
        assertThat(routes.stream().map(Route::toString).toList(), hasItems("GET " + PROJECT,
                "GET " + PROJECT + "/recipients"));
    }

    /** No project route of this service changes anything today; one added later must refuse viewers. */
    @Test
    void viewerGets403OnEveryProjectWriteRouteOfTheApi() {
        TestProject project = feed.announce(newProject());
        PersonRef viewer = feed.addMember(project, newPerson("Vera Viewer"), "VIEWER");
        List<String> unprotected = ApiRoutes.violations(projectRoutes().stream().filter(Route::isWrite).toList(),
                tokenOf(viewer), Map.of("projectId", project.id().toString()), ApiRoutes.answers(403));
        assertThat(unprotected, empty());
    }

    @Test
    void memberReadsTheProjectAndItsDirectory() {
        TestProject project = feed.announce(newProject());
        PersonRef viewer = feed.addMember(project, newPerson("Vera Viewer"), "VIEWER");
        given().auth().oauth2(tokenOf(viewer)).when().get(PROJECT, project.id())
                .then().statusCode(200).body("key", equalTo(project.key()));
        given().auth().oauth2(tokenOf(viewer)).when().get(PROJECT + "/recipients", project.id())
                .then().statusCode(200)
                .body("items.recipient.person.subject",
                        containsInAnyOrder(project.manager().subject(), project.sponsor().subject()));
    }

    @Test
    void membershipRemovedHidesTheProjectAgain() {
        TestProject project = feed.announce(newProject());
        PersonRef member = feed.addMember(project, newPerson("Max Member"), "MEMBER");
        feed.publish(project, feed.memberRemoved(project, member, "MEMBER"));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(tokenOf(member))
                .when().get(PROJECT, project.id())
                .then().statusCode(404).contentType(PROBLEM));
    }

    @Test
    void portfolioViewerReadsEveryProject() {
        TestProject project = feed.announce(newProject());
        String pmo = TestTokens.forUser(unique("pmo"), "portfolio-viewer");
        given().auth().oauth2(pmo).when().get(PROJECT + "/recipients", project.id())
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void ownerReadsAndChangesTheRecipientTheyRegistered() {
        String owner = user();
        String id = register(owner, mailbox(unique("pmo")));
        given().auth().oauth2(owner).when().get(RECIPIENTS + "/{id}", id)
                .then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(owner).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch(RECIPIENTS + "/{id}", id)
                .then().statusCode(200).body("frequency", equalTo("DAILY_DIGEST"));
    }

    @Test
    void someoneElseGets404ForARecipientTheyMayNotSee() {
        String id = register(user(), mailbox(unique("pmo")));
        String other = user();
        given().auth().oauth2(other).when().get(RECIPIENTS + "/{id}", id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("recipient " + id + " was not found"));
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch(RECIPIENTS + "/{id}", id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("recipient " + id + " was not found"));
        given().when().get(RECIPIENTS + "/{id}", id)
                .then().statusCode(200).body("frequency", equalTo("IMMEDIATE")).header("ETag", "\"0\"");
    }

    @Test
    void adminReadsAndChangesEveryonesRecipients() {
        String id = register(user(), mailbox(unique("pmo")));
        given().when().get(RECIPIENTS + "/{id}", id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"locale\":\"fr\"}")
                .when().patch(RECIPIENTS + "/{id}", id)
                .then().statusCode(200).body("locale", equalTo("fr"));
    }

    @Test
    void personReadsAndChangesTheRecipientAnAdminRegisteredForThem() {
        PersonRef person = newPerson("Pat Person");
        String id = given().contentType(ContentType.JSON).body(personJson(person))
                .when().post(RECIPIENTS)
                .then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(tokenOf(person)).when().get(RECIPIENTS + "/{id}", id)
                .then().statusCode(200).body("person.subject", equalTo(person.subject()));
        given().auth().oauth2(tokenOf(person)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"timeZone\":\"Europe/Lisbon\"}")
                .when().patch(RECIPIENTS + "/{id}", id)
                .then().statusCode(200).body("timeZone", equalTo("Europe/Lisbon"));
    }

    @Test
    void personRegistersThemselves() {
        PersonRef person = newPerson("Sol Self");
        given().auth().oauth2(tokenOf(person)).contentType(ContentType.JSON).body(personJson(person))
                .when().post(RECIPIENTS)
                .then().statusCode(201)
                .body("person.subject", equalTo(person.subject()));
    }

    @Test
    void nobodyButThePersonOrAnAdminRegistersARecipientForThem() {
        PersonRef person = newPerson("Hal Hijacked");
        given().auth().oauth2(user()).contentType(ContentType.JSON).body(personJson(person))
                .when().post(RECIPIENTS)
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        given().queryParam("q", person.email()).when().get(RECIPIENTS)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void listShowsEachCallerOnlyTheRecipientsTheyMaySee() {
        String text = unique("list");
        String mine = user();
        String theirs = user();
        String first = register(mine, mailbox(text + "-a"));
        String second = register(mine, mailbox(text + "-b"));
        String other = register(theirs, mailbox(text + "-c"));

        given().auth().oauth2(mine).queryParam("q", text).when().get(RECIPIENTS)
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.id", contains(first, second));
        given().auth().oauth2(theirs).queryParam("q", text).when().get(RECIPIENTS)
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.id", contains(other));
        given().queryParam("q", text).when().get(RECIPIENTS)
                .then().statusCode(200)
                .body("items.id", contains(first, second, other));
    }

    @Test
    void projectRecipientsAreSeenByTheirProjectsMembersAndByThePersonOnly() {
        TestProject project = feed.announce(newProject());
        TestProject elsewhere = feed.announce(newProject());
        PersonRef member = feed.addMember(project, newPerson("Mo Member"), "VIEWER");
        PersonRef stranger = feed.addMember(elsewhere, newPerson("Sid Stranger"), "MANAGER");
        String manager = managerRecipient(project);

        given().auth().oauth2(tokenOf(member)).when().get(RECIPIENTS + "/{id}", manager)
                .then().statusCode(200).body("source", equalTo("PROJECT"));
        given().auth().oauth2(tokenOf(project.manager())).when().get(RECIPIENTS + "/{id}", manager)
                .then().statusCode(200);
        given().auth().oauth2(tokenOf(stranger)).when().get(RECIPIENTS + "/{id}", manager)
                .then().statusCode(404).contentType(PROBLEM);

        given().auth().oauth2(tokenOf(member)).queryParam("projectId", project.id()).when().get(RECIPIENTS)
                .then().statusCode(200)
                .body("items.person.subject",
                        containsInAnyOrder(project.manager().subject(), project.sponsor().subject()));
        given().auth().oauth2(tokenOf(stranger)).queryParam("projectId", project.id()).when().get(RECIPIENTS)
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(tokenOf(stranger)).queryParam("q", project.manager().email()).when().get(RECIPIENTS)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void memberOfAProjectListsItsRecipientsButNeverAnotherProjectsOnes() {
        TestProject project = feed.announce(newProject());
        TestProject other = feed.announce(newProject());
        PersonRef member = feed.addMember(project, newPerson("Mo Member"), "MEMBER");
        given().auth().oauth2(tokenOf(member)).queryParam("size", 100).when().get(RECIPIENTS)
                .then().statusCode(200)
                .body("items.person.subject",
                        containsInAnyOrder(project.manager().subject(), project.sponsor().subject()));
        given().auth().oauth2(tokenOf(member)).when().get(PROJECT + "/recipients", other.id())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void memberSeesButMayNotChangeARecipientOfTheirProject() {
        TestProject project = feed.announce(newProject());
        PersonRef member = feed.addMember(project, newPerson("Mo Member"), "MANAGER");
        String manager = managerRecipient(project);
        given().auth().oauth2(tokenOf(member)).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch(RECIPIENTS + "/{id}", manager)
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        // The person may, but a recipient derived from project events changes with the project only.
        given().auth().oauth2(tokenOf(project.manager())).contentType(ContentType.JSON).header("If-Match", "*")
                .body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch(RECIPIENTS + "/{id}", manager)
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "recipient-not-editable"));
    }

    @Test
    void membersOfAProjectSeeADirectRecipientItNamesAsTheyDoInItsDirectory() {
        PersonRef person = newPerson("Dee Direct");
        String id = register(tokenOf(person), personJson(person));
        TestProject project = feed.announce(newProject().withManager(person));
        PersonRef member = feed.addMember(project, newPerson("Mo Member"), "VIEWER");

        given().auth().oauth2(tokenOf(member)).when().get(PROJECT + "/recipients", project.id())
                .then().statusCode(200).body("items.recipient.id", hasItem(id));
        given().auth().oauth2(tokenOf(member)).when().get(RECIPIENTS + "/{id}", id)
                .then().statusCode(200).body("source", equalTo("DIRECT"));
        given().auth().oauth2(tokenOf(member)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"frequency\":\"DAILY_DIGEST\"}")
                .when().patch(RECIPIENTS + "/{id}", id)
                .then().statusCode(403);
    }

    @Test
    void portfolioViewerSeesProjectRecipientsButNotOthersDirectOnes() {
        TestProject project = feed.announce(newProject());
        String direct = register(user(), mailbox(unique("private")));
        String pmo = TestTokens.forUser(unique("pmo"), "portfolio-viewer");
        given().auth().oauth2(pmo).when().get(RECIPIENTS + "/{id}", managerRecipient(project)).then().statusCode(200);
        given().auth().oauth2(pmo).when().get(RECIPIENTS + "/{id}", direct).then().statusCode(404);
    }

    @Test
    void everyRecipientWriteRouteDocumentsTheAnswerForbidden() {
        JsonPath openApi = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath();
        List<String> undocumented = ApiRoutes.all().stream()
                .filter(route -> route.isWrite() && route.template().startsWith(RECIPIENTS))
                .filter(route -> openApi.get("paths.'" + route.template() + "'." + route.method()
                        + ".responses.'403'") == null)
                .map(Route::toString)
                .toList();
        assertThat(undocumented, empty());
    }

    /** The routes of a project's data: everything under {@code /projects/{projectId}}. */
    private static List<Route> projectRoutes() {
        return ApiRoutes.all().stream().filter(route -> route.hasParameter("projectId")).toList();
    }
}
