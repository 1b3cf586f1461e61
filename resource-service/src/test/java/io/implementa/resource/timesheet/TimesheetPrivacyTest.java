package io.implementa.resource.timesheet;

import static io.implementa.resource.timesheet.TimesheetTest.PROBLEMS;
import static io.implementa.resource.timesheet.TimesheetTest.TIMESHEETS;
import static io.implementa.resource.timesheet.TimesheetTest.entry;
import static io.implementa.resource.timesheet.TimesheetTest.log;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.implementa.platform.people.PersonRef;
import io.implementa.resource.ProjectFeed;
import io.implementa.resource.timesheet.TimesheetTest.Week;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who sees a timesheet: the person, their manager, resource managers and administrators the whole week; the
 * MANAGER of a project the entries of that project; nobody else (404, and absent from lists).
 */
@QuarkusTest
class TimesheetPrivacyTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    ProjectFeed feed;

    static String token(String role, String... groups) {
        return TestTokens.forUser("sub-" + role + "-" + UUID.randomUUID(), groups);
    }

    @Test
    void personReadsAndListsTheirOwnWeek() {
        Week w = TimesheetTest.week();
        log(w, UUID.randomUUID(), "2027-03-02", "3", false);
        given().auth().oauth2(w.personToken()).when().get(TIMESHEETS + "/{id}", w.timesheetId())
                .then().statusCode(200).body("totalHours", equalTo(3.0f)).body("entries.size()", equalTo(1));
        given().auth().oauth2(w.personToken()).when().get(TIMESHEETS)
                .then().statusCode(200).body("items.id", contains(w.timesheetId())).header("X-Total-Count", "1");
    }

    @Test
    void anotherPersonGets404AndDoesNotListTheWeek() {
        Week w = TimesheetTest.week();
        String stranger = token("colleague");
        given().auth().oauth2(stranger).when().get(TIMESHEETS + "/{id}", w.timesheetId())
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("detail", equalTo("timesheet " + w.timesheetId() + " was not found"));
        given().auth().oauth2(stranger).queryParam("resourceId", w.resourceId()).when().get(TIMESHEETS)
                .then().statusCode(200).body("items.size()", equalTo(0)).header("X-Total-Count", "0");
    }

    @Test
    void anotherPersonWritingToTheWeekGets404() {
        Week w = TimesheetTest.week();
        String stranger = token("colleague");
        given().auth().oauth2(stranger).contentType(ContentType.JSON)
                .body(entry(UUID.randomUUID(), "2027-03-02", "1", false))
                .when().post(TIMESHEETS + "/{id}/entries", w.timesheetId())
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        given().auth().oauth2(stranger).when().post(TIMESHEETS + "/{id}/approval", w.timesheetId())
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        given().when().get(TIMESHEETS + "/{id}", w.timesheetId())
                .then().statusCode(200).body("entries.size()", equalTo(0));
    }

    @Test
    void personsManagerReadsAndListsTheWholeWeek() {
        Week w = TimesheetTest.week();
        log(w, UUID.randomUUID(), "2027-03-02", "3", false);
        log(w, UUID.randomUUID(), "2027-03-03", "2", false);
        given().auth().oauth2(w.managerToken()).when().get(TIMESHEETS + "/{id}", w.timesheetId())
                .then().statusCode(200).body("totalHours", equalTo(5.0f)).body("entries.size()", equalTo(2));
        given().auth().oauth2(w.managerToken()).when().get(TIMESHEETS)
                .then().statusCode(200).body("items.id", contains(w.timesheetId()));
    }

    @Test
    void resourceManagerReadsEveryWeek() {
        Week w = TimesheetTest.week();
        log(w, UUID.randomUUID(), "2027-03-02", "3", false);
        String rm = token("rm", "resource-manager");
        given().auth().oauth2(rm).when().get(TIMESHEETS + "/{id}", w.timesheetId())
                .then().statusCode(200).body("entries.size()", equalTo(1));
        given().auth().oauth2(rm).queryParam("resourceId", w.resourceId()).when().get(TIMESHEETS)
                .then().statusCode(200).body("items.id", contains(w.timesheetId()));
    }

    @Test
    void portfolioViewerGets404OnPersonalHours() {
        Week w = TimesheetTest.week();
        given().auth().oauth2(token("pmo", "portfolio-viewer")).when().get(TIMESHEETS + "/{id}", w.timesheetId())
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    void projectManagerSeesOnlyTheEntriesOnTheirProjects() {
        Week w = TimesheetTest.week();
        UUID managed = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        PersonRef pm = ProjectFeed.newPerson("pm");
        feed.memberAdded(managed, pm, "MANAGER");
        log(w, managed, "2027-03-02", "4", false);
        log(w, other, "2027-03-02", "3", false);
        String token = TestTokens.forUser(pm.subject());
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().auth().oauth2(token)
                .when().get(TIMESHEETS + "/{id}", w.timesheetId())
                .then().statusCode(200)
                .body("entries.projectId", contains(managed.toString()))
                .body("totalHours", equalTo(4.0f)));
        given().auth().oauth2(token).when().get(TIMESHEETS)
                .then().statusCode(200)
                .body("items.id", contains(w.timesheetId()))
                .body("items[0].entries.projectId", not(hasItem(other.toString())));
    }

    @Test
    void projectManagerWithoutHoursOnTheirProjectGets404() {
        Week w = TimesheetTest.week();
        UUID managed = UUID.randomUUID();
        PersonRef pm = ProjectFeed.newPerson("pm");
        feed.memberAdded(managed, pm, "MANAGER");
        log(w, managed, "2027-03-02", "4", false);
        String token = TestTokens.forUser(pm.subject());
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().auth().oauth2(token)
                .when().get(TIMESHEETS + "/{id}", w.timesheetId()).then().statusCode(200));
        Week other = TimesheetTest.week();
        log(other, UUID.randomUUID(), "2027-03-02", "4", false);
        given().auth().oauth2(token).when().get(TIMESHEETS + "/{id}", other.timesheetId())
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    void projectMemberWhoIsNotManagerGets404() {
        Week w = TimesheetTest.week();
        UUID project = UUID.randomUUID();
        PersonRef member = ProjectFeed.newPerson("member");
        PersonRef pm = ProjectFeed.newPerson("pm");
        feed.memberAdded(project, member, "MEMBER");
        feed.memberAdded(project, pm, "MANAGER");
        log(w, project, "2027-03-02", "4", false);
        // The manager's membership arrives after the member's (same project, same partition), so once the
        // manager sees the week, the member's role is known too.
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.forUser(pm.subject()))
                .when().get(TIMESHEETS + "/{id}", w.timesheetId()).then().statusCode(200));
        given().auth().oauth2(TestTokens.forUser(member.subject())).when().get(TIMESHEETS + "/{id}", w.timesheetId())
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    }
}
