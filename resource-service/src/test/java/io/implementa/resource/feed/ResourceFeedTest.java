package io.implementa.resource.feed;

import static io.implementa.resource.allocation.AllocationFixtures.allocate;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import io.implementa.platform.people.PersonRef;
import io.implementa.resource.ProjectFeed;
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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The resource-service's calendar feeds: one's allocations and absences, a project's allocations. */
@QuarkusTest
class ResourceFeedTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    ProjectFeed projects;

    /** A person in the pool; returns the resource's id. */
    private static String person(PersonRef person) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"PERSON","name":"%s","person":{"subject":"%s","email":"%s","name":"%s"},
                         "costRates":[{"standardRate":80,"currency":"EUR","effectiveFrom":"2027-01-01"}]}
                        """.formatted(person.name(), person.subject(), person.email(), person.name()))
                .when().post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
    }

    private static String absence(String resourceId, String kind, String start, String end) {
        return given().contentType(ContentType.JSON)
                .body("{\"kind\":\"" + kind + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"}")
                .when().post("/api/v1/resources/{id}/absences", resourceId)
                .then().statusCode(201).extract().path("id");
    }

    private static Response issue(PersonRef person, String body) {
        return given().auth().oauth2(TestTokens.forUser(person.subject())).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/feed-tokens")
                .then().statusCode(201).extract().response();
    }

    /** Makes the person a member and waits until this service lets them have a token for the project's feed. */
    private Response projectToken(UUID projectId, PersonRef member) {
        projects.memberAdded(projectId, member, "MEMBER");
        String body = "{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\"}";
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.forUser(member.subject()))
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/feed-tokens").then().statusCode(201));
        return issue(member, body);
    }

    private static Map<String, VEvent> fetch(String url) {
        String text = given().header("Authorization", "").when().get(url)
                .then().statusCode(200).contentType("text/calendar; charset=utf-8").extract().asString();
        return Biweekly.parse(text).first().getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Test
    void personalFeedHasTheOwnersAllocationsAndAbsences() {
        PersonRef me = ProjectFeed.newPerson("consultant");
        String resource = person(me);
        String other = person(ProjectFeed.newPerson("colleague"));
        UUID projectId = UUID.randomUUID();
        String allocation = allocate(resource, projectId, "2027-03-01", "2027-03-12", "\"percent\":50", "HARD");
        String vacation = absence(resource, "VACATION", "2027-04-05", "2027-04-09");
        String theirs = allocate(other, projectId, "2027-03-01", "2027-03-12", "\"percent\":50", "HARD");

        Response issued = issue(me, "{\"scope\":\"PERSON\"}");
        Map<String, VEvent> events = fetch(issued.path("subscriptionUrl"));

        assertEquals(Set.of("allocation-" + allocation + "@resource-service.implementa",
                "absence-" + vacation + "@resource-service.implementa"), events.keySet());
        assertFalse(events.containsKey("allocation-" + theirs + "@resource-service.implementa"));
        VEvent booked = events.get("allocation-" + allocation + "@resource-service.implementa");
        assertEquals(me.name() + ": 50% on project " + projectId.toString().substring(0, 8),
                booked.getSummary().getValue());
        assertFalse(booked.getDateStart().getValue().hasTime());
        assertEquals(LocalDate.of(2027, 3, 1), day(booked.getDateStart().getValue()));
        assertEquals(LocalDate.of(2027, 3, 13), day(booked.getDateEnd().getValue()));
        VEvent away = events.get("absence-" + vacation + "@resource-service.implementa");
        assertEquals("Absent: Vacation", away.getSummary().getValue());
        assertEquals(LocalDate.of(2027, 4, 5), day(away.getDateStart().getValue()));
        assertEquals(LocalDate.of(2027, 4, 10), day(away.getDateEnd().getValue()));
        assertEquals(List.of("Absence"), away.getCategories().get(0).getValues());
    }

    @Test
    void projectFeedHasTheAllocationsOfItsPeopleButNoAbsences() {
        UUID projectId = UUID.randomUUID();
        PersonRef ana = ProjectFeed.newPerson("ana");
        String anaResource = person(ana);
        String anaBooked = allocate(anaResource, projectId, "2027-05-03", "2027-05-07", "\"hoursPerDay\":4", "SOFT");
        absence(anaResource, "SICK_LEAVE", "2027-05-04", "2027-05-04");
        String elsewhere = allocate(anaResource, UUID.randomUUID(), "2027-05-10", "2027-05-14", "\"percent\":20",
                "HARD");
        PersonRef manager = ProjectFeed.newPerson("manager");

        Map<String, VEvent> events = fetch(projectToken(projectId, manager).path("subscriptionUrl"));

        assertEquals(Set.of("allocation-" + anaBooked + "@resource-service.implementa"), events.keySet());
        assertFalse(events.containsKey("allocation-" + elsewhere + "@resource-service.implementa"));
        VEvent booked = events.get("allocation-" + anaBooked + "@resource-service.implementa");
        assertEquals(ana.name() + ": 4 h/day on project " + projectId.toString().substring(0, 8) + " (tentative)",
                booked.getSummary().getValue());
        assertEquals(LocalDate.of(2027, 5, 3), day(booked.getDateStart().getValue()));
        assertEquals(LocalDate.of(2027, 5, 8), day(booked.getDateEnd().getValue()));
    }

    @Test
    void revokedTokenIsRefused() {
        PersonRef me = ProjectFeed.newPerson("consultant");
        Response issued = issue(me, "{\"scope\":\"PERSON\"}");
        given().header("Authorization", "").when().get(issued.<String>path("subscriptionUrl")).then().statusCode(200);
        given().auth().oauth2(TestTokens.forUser(me.subject()))
                .when().delete("/api/v1/feed-tokens/" + issued.path("token.id")).then().statusCode(204);
        given().header("Authorization", "").when().get(issued.<String>path("subscriptionUrl"))
                .then().statusCode(404).contentType(PROBLEM).header("WWW-Authenticate", nullValue());
    }

    @Test
    void memberRemovedFromTheProjectNoLongerReadsItsFeed() {
        UUID projectId = UUID.randomUUID();
        PersonRef member = ProjectFeed.newPerson("member");
        String url = projectToken(projectId, member).path("subscriptionUrl");
        given().header("Authorization", "").when().get(url).then().statusCode(200);

        projects.memberRemoved(projectId, member, "MEMBER");

        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().header("Authorization", "").when().get(url)
                .then().statusCode(404).contentType(PROBLEM));
    }

    @Test
    void outsiderGetsNoTokenForTheProject() {
        UUID projectId = UUID.randomUUID();
        projects.memberAdded(projectId, ProjectFeed.newPerson("insider"), "MANAGER");
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"scope\":\"PROJECT\",\"projectId\":\"" + projectId + "\"}")
                .when().post("/api/v1/feed-tokens")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("project " + projectId + " was not found"));
    }
}
