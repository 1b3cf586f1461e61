package io.implementa.risk.feed;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.implementa.platform.people.PersonRef;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The risk-service's calendar feeds: mitigation action and risk review due dates, opened by feed tokens. */
@QuarkusTest
class RiskFeedTest {

    static final String PROBLEM = "application/problem+json";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";

    @Inject
    ProjectFeed feed;

    /** Identifies a risk owned by the person; its next review date follows from the project's appetite. */
    private static String risk(Project project, PersonRef owner, String title) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","category":"RESOURCE","probability":3,"impact":3,
                         "owner":{"subject":"%s","email":"%s","name":"%s"}}
                        """.formatted(title, owner.subject(), owner.email(), owner.name()))
                .when().post(RISKS, project.id())
                .then().statusCode(201).extract().path("id");
    }

    private static LocalDate nextReview(Project project, String riskId) {
        return LocalDate.parse(given().when().get(RISKS + "/{riskId}", project.id(), riskId)
                .then().statusCode(200).extract().<String>path("nextReviewDate"));
    }

    /** Plans a mitigation action owned by the person; returns its id. */
    private static String action(Project project, String riskId, PersonRef owner, String title, String due) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","owner":{"subject":"%s","email":"%s","name":"%s"},"dueDate":"%s"}
                        """.formatted(title, owner.subject(), owner.email(), owner.name(), due))
                .when().post(RISKS + "/{riskId}/actions", project.id(), riskId)
                .then().statusCode(201).extract().path("id");
    }

    private static Response issue(PersonRef person, String body) {
        return given().auth().oauth2(TestTokens.forUser(person.subject())).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/feed-tokens")
                .then().statusCode(201).extract().response();
    }

    private static String projectToken(PersonRef person, Project project) {
        return issue(person, "{\"scope\":\"PROJECT\",\"projectId\":\"" + project.id() + "\"}").path("subscriptionUrl");
    }

    private static Map<String, VEvent> fetch(String url) {
        String text = given().header("Authorization", "").when().get(url)
                .then().statusCode(200).contentType("text/calendar; charset=utf-8").extract().asString();
        ICalendar calendar = Biweekly.parse(text).first();
        return calendar.getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Test
    void projectFeedHasMitigationDueDatesAndRiskReviews() {
        Project project = feed.openRegister();
        PersonRef member = feed.newMember(project, "MEMBER");
        String riskId = risk(project, member, "Key users not released");
        String actionId = action(project, riskId, member, "Agree release plan with HR", "2030-01-15");

        String url = projectToken(member, project);
        assertTrue(url.contains("/api/v1/feeds/projects/" + project.id() + "/risk-dates.ics?token="), url);
        Map<String, VEvent> events = fetch(url);

        assertEquals(2, events.size(), events.keySet().toString());
        VEvent mitigation = events.get("mitigation-" + actionId + "@risk-service.implementa");
        assertTrue(mitigation.getSummary().getValue().startsWith("Mitigation due: Agree release plan with HR ("),
                mitigation.getSummary().getValue());
        assertFalse(mitigation.getDateStart().getValue().hasTime());
        assertEquals(LocalDate.of(2030, 1, 15), day(mitigation.getDateStart().getValue()));
        assertEquals(LocalDate.of(2030, 1, 16), day(mitigation.getDateEnd().getValue()));
        assertEquals(List.of("Mitigation"), mitigation.getCategories().get(0).getValues());
        VEvent review = events.get("risk-review-" + riskId + "@risk-service.implementa");
        assertTrue(review.getSummary().getValue().startsWith("Risk review: " + project.key() + "-R-"),
                review.getSummary().getValue());
        assertTrue(review.getSummary().getValue().endsWith("Key users not released"));
        assertEquals(nextReview(project, riskId), day(review.getDateStart().getValue()));
    }

    @Test
    void personalFeedHasWhatThePersonOwnsInTheirProjects() {
        Project project = feed.openRegister();
        PersonRef owner = feed.newMember(project, "MEMBER");
        PersonRef colleague = feed.newMember(project, "MEMBER");
        String mine = risk(project, owner, "Mine");
        String theirs = risk(project, colleague, "Theirs");
        String myAction = action(project, theirs, owner, "My action on their risk", "2030-03-03");
        String theirAction = action(project, mine, colleague, "Their action on my risk", "2030-03-04");

        Response issued = issue(owner, "{\"scope\":\"PERSON\"}");
        assertTrue(issued.<String>path("subscriptionUrl").contains("/api/v1/feeds/me/risk-dates.ics?token="));
        Map<String, VEvent> events = fetch(issued.path("subscriptionUrl"));

        assertEquals(java.util.Set.of("risk-review-" + mine + "@risk-service.implementa",
                "mitigation-" + myAction + "@risk-service.implementa"), events.keySet());
        assertFalse(events.containsKey("mitigation-" + theirAction + "@risk-service.implementa"));
    }

    @Test
    void revokedTokenIsRefused() {
        Project project = feed.openRegister();
        PersonRef member = feed.newMember(project, "VIEWER");
        Response issued = issue(member, "{\"scope\":\"PROJECT\",\"projectId\":\"" + project.id() + "\"}");
        given().header("Authorization", "").when().get(issued.<String>path("subscriptionUrl")).then().statusCode(200);
        given().auth().oauth2(TestTokens.forUser(member.subject()))
                .when().delete("/api/v1/feed-tokens/" + issued.path("token.id")).then().statusCode(204);
        given().header("Authorization", "").when().get(issued.<String>path("subscriptionUrl"))
                .then().statusCode(404).contentType(PROBLEM).header("WWW-Authenticate", nullValue());
    }

    @Test
    void memberRemovedFromTheProjectNoLongerReadsItsFeed() {
        Project project = feed.openRegister();
        PersonRef member = feed.newMember(project, "MEMBER");
        String url = projectToken(member, project);
        given().header("Authorization", "").when().get(url).then().statusCode(200);

        feed.publish(project, feed.memberRemoved(project, member, "MEMBER"));

        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().header("Authorization", "").when().get(url)
                .then().statusCode(404).contentType(PROBLEM));
    }

    @Test
    void outsiderGetsNoTokenForTheProject() {
        Project project = feed.openRegister();
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"scope\":\"PROJECT\",\"projectId\":\"" + project.id() + "\"}")
                .when().post("/api/v1/feed-tokens")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("project " + project.id() + " was not found"));
    }
}
