package io.implementa.resource.timesheet;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.people.PersonRef;
import io.implementa.resource.ProjectFeed;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Timesheets: logging, submission, approval with cost, corrections. 2027-03-01 is a Monday; the person's
 * rates change on Wednesday 2027-03-03 (80/120 EUR, then 100/150 EUR).
 */
@QuarkusTest
public class TimesheetTest {

    static final String TOPIC = "implementa.resource.events";
    static final String PROBLEMS = "https://implementa.io/problems/";
    static final String TIMESHEETS = "/api/v1/timesheets";

    @Inject
    ObjectMapper json;

    @Inject
    ProjectFeed feed;

    /** A person with a manager, their resource and their week's timesheet. */
    record Week(String resourceId, PersonRef person, PersonRef manager, String timesheetId) {
        String personToken() {
            return TestTokens.forUser(person.subject());
        }

        String managerToken() {
            return TestTokens.forUser(manager.subject());
        }
    }

    static Week week() {
        PersonRef person = ProjectFeed.newPerson("worker");
        PersonRef manager = ProjectFeed.newPerson("boss");
        String resource = given().contentType(ContentType.JSON).body("""
                {"kind":"PERSON","name":"Tim Sheet","person":{"subject":"%s","email":"%s","name":"Tim"},
                 "manager":{"subject":"%s","email":"%s","name":"Boss"},
                 "costRates":[{"standardRate":80,"overtimeRate":120,"currency":"EUR","effectiveFrom":"2027-01-01"},
                              {"standardRate":100,"overtimeRate":150,"currency":"EUR","effectiveFrom":"2027-03-03"}]}
                """.formatted(person.subject(), person.email(), manager.subject(), manager.email()))
                .when().post("/api/v1/resources").then().statusCode(201).extract().path("id");
        String sheet = given().auth().oauth2(TestTokens.forUser(person.subject())).contentType(ContentType.JSON)
                .body("{\"resourceId\":\"%s\",\"weekStart\":\"2027-03-01\"}".formatted(resource))
                .when().post(TIMESHEETS).then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
        return new Week(resource, person, manager, sheet);
    }

    /** A timesheet with one entry, made by the administrator: {timesheetId, entryId}. */
    public static String[] sheetWithEntry() {
        Week w = week();
        String entryId = given().contentType(ContentType.JSON).body(entry(UUID.randomUUID(), "2027-03-02", "2", false))
                .when().post(TIMESHEETS + "/{id}/entries", w.timesheetId()).then().statusCode(200)
                .extract().path("entries[0].id");
        return new String[] { w.timesheetId(), entryId };
    }

    static String entry(UUID project, String date, String hours, boolean overtime) {
        return """
                {"projectId":"%s","taskId":"%s","date":"%s","hours":%s,"overtime":%s}
                """.formatted(project, UUID.nameUUIDFromBytes(project.toString().getBytes()), date, hours, overtime);
    }

    static void log(Week w, UUID project, String date, String hours, boolean overtime) {
        given().auth().oauth2(w.personToken()).contentType(ContentType.JSON).body(entry(project, date, hours, overtime))
                .when().post(TIMESHEETS + "/{id}/entries", w.timesheetId()).then().statusCode(200);
    }

    static void submit(Week w) {
        given().auth().oauth2(w.personToken()).when().post(TIMESHEETS + "/{id}/submission", w.timesheetId())
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    JsonNode approvedEvent(KafkaTestConsumer events, Week w) throws Exception {
        return json.readTree(events.awaitRecord(record -> {
            try {
                return record.key().equals(w.resourceId()) && json.readTree(record.value()).get("type").asText()
                        .equals("io.implementa.resource.TimesheetApproved");
            } catch (Exception e) {
                return false;
            }
        }).value());
    }

    @Test
    void approvedWeekIsAnnouncedWithCostAtTheRateOfEachDay() throws Exception {
        Week w = week();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        log(w, first, "2027-03-01", "8", false);
        log(w, second, "2027-03-03", "2", true);
        submit(w);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(w.managerToken()).when().post(TIMESHEETS + "/{id}/approval", w.timesheetId())
                    .then().statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("decidedBy.subject", equalTo(w.manager().subject()))
                    .body("totalHours", equalTo(10.0f));
            JsonNode event = approvedEvent(events, w);
            assertEquals(w.timesheetId(), event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(w.person().email(), data.get("person").get("email").asText());
            assertEquals(w.manager().subject(), data.get("approvedBy").get("subject").asText());
            assertEquals("2027-03-01", data.get("weekStart").asText());
            assertEquals("EUR", data.get("currency").asText());
            assertEquals(10.0, data.get("totalHours").asDouble());
            assertEquals(940.0, data.get("totalCost").asDouble());
            JsonNode monday = data.get("entries").get(0);
            assertEquals(first.toString(), monday.get("projectId").asText());
            assertEquals(80.0, monday.get("rate").asDouble());
            assertEquals(640.0, monday.get("cost").asDouble());
            JsonNode wednesday = data.get("entries").get(1);
            assertEquals(true, wednesday.get("overtime").asBoolean());
            assertEquals(150.0, wednesday.get("rate").asDouble());
            assertEquals(300.0, wednesday.get("cost").asDouble());
        }
    }

    @Test
    void approvedWeekIsNeverEdited() {
        Week w = week();
        UUID project = UUID.randomUUID();
        log(w, project, "2027-03-02", "8", false);
        submit(w);
        String entryId = given().when().post(TIMESHEETS + "/{id}/approval", w.timesheetId())
                .then().statusCode(200).extract().path("entries[0].id");
        given().auth().oauth2(w.personToken()).contentType(ContentType.JSON)
                .body(entry(project, "2027-03-04", "1", false))
                .when().post(TIMESHEETS + "/{id}/entries", w.timesheetId())
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "timesheet-approved"));
        given().auth().oauth2(w.personToken())
                .when().delete(TIMESHEETS + "/{id}/entries/{entryId}", w.timesheetId(), entryId)
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "timesheet-approved"));
    }

    @Test
    void correctionAfterApprovalIsApprovedAndTheWeekAnnouncedAgain() throws Exception {
        Week w = week();
        UUID project = UUID.randomUUID();
        log(w, project, "2027-03-02", "8", false);
        submit(w);
        given().when().post(TIMESHEETS + "/{id}/approval", w.timesheetId()).then().statusCode(200);
        given().auth().oauth2(w.personToken()).contentType(ContentType.JSON)
                .body(entry(project, "2027-03-02", "-2", false))
                .when().post(TIMESHEETS + "/{id}/corrections", w.timesheetId())
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("entries.correction", contains(false, true))
                .body("totalHours", equalTo(6.0f));
        submit(w);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(w.managerToken()).when().post(TIMESHEETS + "/{id}/approval", w.timesheetId())
                    .then().statusCode(200);
            JsonNode data = approvedEvent(events, w).get("data");
            assertEquals(2, data.get("entries").size());
            assertEquals(8.0, data.get("entries").get(0).get("hours").asDouble());
            assertEquals(-2.0, data.get("entries").get(1).get("hours").asDouble());
            assertEquals(-160.0, data.get("entries").get(1).get("cost").asDouble());
            assertEquals(6.0, data.get("totalHours").asDouble());
            assertEquals(480.0, data.get("totalCost").asDouble());
        }
    }

    @Test
    void correctionCannotTakeOffMoreThanWasLogged() {
        Week w = week();
        UUID project = UUID.randomUUID();
        log(w, project, "2027-03-02", "3", false);
        submit(w);
        given().when().post(TIMESHEETS + "/{id}/approval", w.timesheetId()).then().statusCode(200);
        given().auth().oauth2(w.personToken()).contentType(ContentType.JSON)
                .body(entry(project, "2027-03-02", "-4", false))
                .when().post(TIMESHEETS + "/{id}/corrections", w.timesheetId())
                .then().statusCode(422).body("errors[0].field", equalTo("hours"));
    }

    @Test
    void correctionBeforeApprovalIs409() {
        Week w = week();
        given().auth().oauth2(w.personToken()).contentType(ContentType.JSON)
                .body(entry(UUID.randomUUID(), "2027-03-02", "1", false))
                .when().post(TIMESHEETS + "/{id}/corrections", w.timesheetId())
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "timesheet-not-approved"));
    }

    @Test
    void projectManagerWhoSeesTheWeekMayNotLogHours() {
        Week w = week();
        UUID managed = UUID.randomUUID();
        PersonRef pm = ProjectFeed.newPerson("pm");
        feed.memberAdded(managed, pm, "MANAGER");
        log(w, managed, "2027-03-02", "4", false);
        String token = TestTokens.forUser(pm.subject());
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().auth().oauth2(token)
                .when().get(TIMESHEETS + "/{id}", w.timesheetId()).then().statusCode(200));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(entry(managed, "2027-03-03", "1", false))
                .when().post(TIMESHEETS + "/{id}/entries", w.timesheetId())
                .then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    void resourceManagerLogsForThePerson() {
        Week w = week();
        given().auth().oauth2(TestTokens.forUser("sub-rm-" + UUID.randomUUID(), "resource-manager"))
                .contentType(ContentType.JSON).body(entry(UUID.randomUUID(), "2027-03-02", "4", false))
                .when().post(TIMESHEETS + "/{id}/entries", w.timesheetId())
                .then().statusCode(200).body("totalHours", equalTo(4.0f));
    }

    @Test
    void nobodyApprovesTheirOwnWeek() {
        Week w = week();
        log(w, UUID.randomUUID(), "2027-03-02", "4", false);
        submit(w);
        given().auth().oauth2(w.personToken()).when().post(TIMESHEETS + "/{id}/approval", w.timesheetId())
                .then().statusCode(403).body("detail", equalTo("nobody approves their own timesheet"));
    }

    @Test
    void projectManagerApprovesHoursOfTheirProjectOnly() {
        Week w = week();
        UUID managed = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        PersonRef pm = ProjectFeed.newPerson("pm");
        feed.memberAdded(managed, pm, "MANAGER");
        log(w, managed, "2027-03-02", "4", false);
        log(w, other, "2027-03-02", "4", false);
        submit(w);
        String token = TestTokens.forUser(pm.subject());
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().auth().oauth2(token)
                .when().post(TIMESHEETS + "/{id}/approval", w.timesheetId())
                .then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden")));
        // Without the other project's hours, the project manager approves.
        given().contentType(ContentType.JSON).body("{\"reason\":\"split per project\"}")
                .when().post(TIMESHEETS + "/{id}/rejection", w.timesheetId())
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("split per project"));
        String otherEntry = given().when().get(TIMESHEETS + "/{id}", w.timesheetId()).then().statusCode(200)
                .extract().path("entries.find { it.projectId == '" + other + "' }.id");
        given().auth().oauth2(w.personToken())
                .when().delete(TIMESHEETS + "/{id}/entries/{entryId}", w.timesheetId(), otherEntry)
                .then().statusCode(200);
        submit(w);
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().auth().oauth2(token)
                .when().post(TIMESHEETS + "/{id}/approval", w.timesheetId())
                .then().statusCode(200).body("status", equalTo("APPROVED")));
    }

    @Test
    void approvingAnOpenWeekIs409() {
        Week w = week();
        given().when().post(TIMESHEETS + "/{id}/approval", w.timesheetId())
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "timesheet-not-submitted"));
    }

    @Test
    void submittingAnEmptyWeekIs409() {
        Week w = week();
        given().auth().oauth2(w.personToken()).when().post(TIMESHEETS + "/{id}/submission", w.timesheetId())
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "timesheet-empty"));
    }

    @Test
    void hoursOutsideTheWeekAre422() {
        Week w = week();
        given().auth().oauth2(w.personToken()).contentType(ContentType.JSON)
                .body(entry(UUID.randomUUID(), "2027-03-08", "1", false))
                .when().post(TIMESHEETS + "/{id}/entries", w.timesheetId())
                .then().statusCode(422).body("errors[0].field", equalTo("date"));
    }

    @Test
    void moreThan24HoursADayAre422() {
        Week w = week();
        log(w, UUID.randomUUID(), "2027-03-02", "20", false);
        given().auth().oauth2(w.personToken()).contentType(ContentType.JSON)
                .body(entry(UUID.randomUUID(), "2027-03-02", "5", true))
                .when().post(TIMESHEETS + "/{id}/entries", w.timesheetId())
                .then().statusCode(422).body("errors[0].field", equalTo("hours"));
    }

    @Test
    void weekStartingOnATuesdayIs422AndASecondSheetForAWeekIs409() {
        Week w = week();
        given().contentType(ContentType.JSON)
                .body("{\"resourceId\":\"%s\",\"weekStart\":\"2027-03-02\"}".formatted(w.resourceId()))
                .when().post(TIMESHEETS).then().statusCode(422).body("errors[0].field", equalTo("weekStart"));
        given().contentType(ContentType.JSON)
                .body("{\"resourceId\":\"%s\",\"weekStart\":\"2027-03-01\"}".formatted(w.resourceId()))
                .when().post(TIMESHEETS).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "timesheet-exists"))
                .body("timesheetId", equalTo(w.timesheetId()));
    }

    @Test
    void timesheetsAreListedByResource() {
        Week w = week();
        given().queryParam("resourceId", w.resourceId())
                .when().get(TIMESHEETS).then().statusCode(200)
                .body("items.id", contains(w.timesheetId()))
                .header("X-Total-Count", "1");
    }
}
