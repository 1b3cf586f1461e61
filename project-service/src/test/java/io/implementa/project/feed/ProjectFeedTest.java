package io.implementa.project.feed;

import static io.implementa.project.deliverable.DeliverableFixtures.createDeliverable;
import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.milestone;
import static io.implementa.project.task.Planning.task;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The project-service's calendar feeds: milestones and deliverable due dates, opened by feed tokens. */
@QuarkusTest
class ProjectFeedTest {

    private static final String PROBLEM = "application/problem+json";

    /** Adds the person to the project in the role; returns the membership's id. */
    private static String join(String projectId, String subject, String role) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"person":{"subject":"%s","email":"%s@example.com","name":"Test %s"},"role":"%s"}
                        """.formatted(subject, subject, subject, role))
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(201).extract().path("id");
    }

    private static Response issue(String subject, String body) {
        return given().auth().oauth2(TestTokens.forUser(subject)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/feed-tokens")
                .then().statusCode(201).extract().response();
    }

    private static String projectToken(String subject, String projectId) {
        return issue(subject, "{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\"}").path("subscriptionUrl");
    }

    /** Fetches the feed as a calendar client does, without a bearer token, and parses it. */
    private static ICalendar fetch(String url) {
        String text = given().header("Authorization", "").when().get(url)
                .then().statusCode(200).contentType("text/calendar; charset=utf-8").extract().asString();
        return Biweekly.parse(text).first();
    }

    private static Map<String, VEvent> byUid(ICalendar calendar) {
        return calendar.getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Test
    void projectFeedHasTheMilestonesAndDeliverableDueDates() {
        String key = uniqueKey();
        String projectId = create(key);
        String build = task(projectId, "Build", 3);
        String goLive = milestone(projectId, "Go-live");
        link(projectId, build, goLive, "FS", 0);
        String deliverable = createDeliverable(projectId, "Migrated master data");
        String member = "member-" + UUID.randomUUID();
        join(projectId, member, "MEMBER");

        String url = projectToken(member, projectId);
        assertTrue(url.contains("/api/v1/feeds/projects/" + projectId + "/project-dates.ics?token="), url);
        ICalendar calendar = fetch(url);

        Map<String, VEvent> events = byUid(calendar);
        assertEquals(2, events.size(), events.keySet().toString());
        VEvent milestone = events.get("milestone-" + goLive + "@project-service.implementa");
        assertEquals(key + ": Go-live", milestone.getSummary().getValue());
        assertFalse(milestone.getDateStart().getValue().hasTime());
        assertEquals(LocalDate.of(2027, 1, 6), day(milestone.getDateStart().getValue()));
        assertEquals(LocalDate.of(2027, 1, 7), day(milestone.getDateEnd().getValue()));
        assertEquals(List.of("Milestone"), milestone.getCategories().get(0).getValues());
        VEvent due = events.get("deliverable-" + deliverable + "@project-service.implementa");
        assertEquals(key + ": Migrated master data due", due.getSummary().getValue());
        assertEquals(LocalDate.of(2027, 6, 30), day(due.getDateStart().getValue()));
        assertTrue(due.getDescription().getValue().contains("PLANNED"), due.getDescription().getValue());
    }

    @Test
    void movedMilestoneKeepsItsUidAndShowsTheNewDate() {
        String projectId = create(uniqueKey());
        String build = task(projectId, "Build", 3);
        String goLive = milestone(projectId, "Go-live");
        link(projectId, build, goLive, "FS", 0);
        String member = "member-" + UUID.randomUUID();
        join(projectId, member, "VIEWER");
        String url = projectToken(member, projectId);
        String before = given().header("Authorization", "").when().get(url).then().statusCode(200)
                .extract().header("ETag");

        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"duration\":5}")
                .when().patch("/api/v1/projects/" + projectId + "/tasks/" + build).then().statusCode(200);

        Response after = given().header("Authorization", "").header("If-None-Match", before).when().get(url)
                .then().statusCode(200).extract().response();
        VEvent moved = byUid(Biweekly.parse(after.asString()).first())
                .get("milestone-" + goLive + "@project-service.implementa");
        assertEquals(LocalDate.of(2027, 1, 8), day(moved.getDateStart().getValue()));
        given().header("Authorization", "").header("If-None-Match", after.header("ETag")).when().get(url)
                .then().statusCode(304);
    }

    @Test
    void personalFeedCoversEveryProjectOfThePersonAndNoOther() {
        String member = "member-" + UUID.randomUUID();
        String first = create(uniqueKey());
        String second = create(uniqueKey());
        String foreign = create(uniqueKey());
        join(first, member, "MEMBER");
        join(second, member, "STAKEHOLDER");
        String one = createDeliverable(first, "Data");
        String two = createDeliverable(second, "Training");
        String three = createDeliverable(foreign, "Secret");

        Response issued = issue(member, "{\"scope\":\"PERSON\",\"label\":\"phone\"}");
        assertTrue(issued.<String>path("subscriptionUrl").contains("/api/v1/feeds/me/project-dates.ics?token="));
        Map<String, VEvent> events = byUid(fetch(issued.path("subscriptionUrl")));

        assertTrue(events.containsKey("deliverable-" + one + "@project-service.implementa"), events.keySet().toString());
        assertTrue(events.containsKey("deliverable-" + two + "@project-service.implementa"), events.keySet().toString());
        assertFalse(events.containsKey("deliverable-" + three + "@project-service.implementa"));
        assertEquals(2, events.size());
    }

    @Test
    void revokedTokenIsRefused() {
        String projectId = create(uniqueKey());
        String member = "member-" + UUID.randomUUID();
        join(projectId, member, "MEMBER");
        Response issued = issue(member, "{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\"}");
        given().auth().oauth2(TestTokens.forUser(member)).when().delete("/api/v1/feed-tokens/" + issued.path("token.id"))
                .then().statusCode(204);
        given().header("Authorization", "").when().get(issued.<String>path("subscriptionUrl"))
                .then().statusCode(404).contentType(PROBLEM).header("WWW-Authenticate", nullValue());
    }

    @Test
    void memberRemovedFromTheProjectNoLongerReadsItsFeed() {
        String projectId = create(uniqueKey());
        String member = "member-" + UUID.randomUUID();
        String membership = join(projectId, member, "MEMBER");
        String url = projectToken(member, projectId);
        given().header("Authorization", "").when().get(url).then().statusCode(200);

        given().when().delete("/api/v1/projects/" + projectId + "/members/" + membership).then().statusCode(204);

        given().header("Authorization", "").when().get(url).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void outsiderGetsNoTokenForTheProject() {
        String projectId = create(uniqueKey());
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\"}")
                .when().post("/api/v1/feed-tokens")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("project " + projectId + " was not found"));
    }

    @Test
    void ownerListsTheirTokensWithoutTheSecret() {
        String member = "member-" + UUID.randomUUID();
        String url = issue(member, "{\"scope\":\"PERSON\",\"label\":\"Outlook\"}").path("subscriptionUrl");
        given().auth().oauth2(TestTokens.forUser(member)).when().get("/api/v1/feed-tokens")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].label", equalTo("Outlook"))
                .body("items[0].feedUrl", equalTo(url.substring(0, url.indexOf('?'))))
                .body(org.hamcrest.Matchers.not(containsString(url.substring(url.indexOf("token=") + 6))));
    }

    @Test
    void openApiDocumentsTheTokenRoutesAndFeedsWithoutABearerChallenge() {
        io.restassured.path.json.JsonPath document = io.restassured.path.json.JsonPath.from(given()
                .accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        assertEquals("createFeedToken", document.getString("paths.'/api/v1/feed-tokens'.post.operationId"));
        assertEquals("listFeedTokens", document.getString("paths.'/api/v1/feed-tokens'.get.operationId"));
        assertEquals("revokeFeedToken",
                document.getString("paths.'/api/v1/feed-tokens/{tokenId}'.delete.operationId"));
        String feed = "paths.'/api/v1/feeds/projects/{projectId}/project-dates.ics'.get";
        assertEquals("getProjectDatesFeed", document.getString(feed + ".operationId"));
        assertFalse(document.getMap(feed + ".responses").containsKey("401"));
        assertTrue(document.getMap(feed + ".responses").containsKey("404"));
        assertTrue(document.getMap(feed + ".responses.'200'.content").containsKey("text/calendar; charset=utf-8"));
    }
}
