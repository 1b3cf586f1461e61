package io.implementa.resource.capacity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Capacity in hours: the working week, holidays of the calendar followed, and absences; 2027-03-01 is a Monday. */
@QuarkusTest
public class CapacityTest {

    static final String PROBLEMS = "https://implementa.io/problems/";

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String createPerson() {
        String subject = unique("sub");
        return given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"PERSON","name":"Cap Person","person":{"subject":"%1$s","email":"%1$s@example.com","name":"Cap"},
                         "manager":{"subject":"sub-boss","email":"boss@example.com","name":"Bo Boss"}}
                        """.formatted(subject))
                .when().post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
    }

    public static String createCalendar(String holidaysJson) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"holidays\":%s}".formatted(unique("Madrid"), holidaysJson))
                .when().post("/api/v1/calendars")
                .then().statusCode(201).extract().path("id");
    }

    static void setWeek(String resource, String week) {
        given().contentType(ContentType.JSON).body(week)
                .when().put("/api/v1/resources/{id}/working-calendar", resource)
                .then().statusCode(200);
    }

    @Test
    void standardWeekIsEightHoursMondayToFriday() {
        given().queryParam("from", "2027-03-01").queryParam("to", "2027-03-14").queryParam("granularity", "WEEK")
                .when().get("/api/v1/resources/{id}/capacity", createPerson())
                .then().statusCode(200)
                .body("granularity", equalTo("WEEK"))
                .body("totalHours", equalTo(80.0f))
                .body("periods.start", contains("2027-03-01", "2027-03-08"))
                .body("periods.end", contains("2027-03-07", "2027-03-14"))
                .body("periods.hours", contains(40.0f, 40.0f));
    }

    @Test
    void dailyCapacityIsZeroAtWeekends() {
        given().queryParam("from", "2027-03-05").queryParam("to", "2027-03-08").queryParam("granularity", "DAY")
                .when().get("/api/v1/resources/{id}/capacity", createPerson())
                .then().statusCode(200)
                .body("periods.hours", contains(8.0f, 0.0f, 0.0f, 8.0f));
    }

    @Test
    void partialWeeksAreClippedToTheWindow() {
        given().queryParam("from", "2027-03-03").queryParam("to", "2027-03-09")
                .when().get("/api/v1/resources/{id}/capacity", createPerson())
                .then().statusCode(200)
                .body("periods.start", contains("2027-03-03", "2027-03-08"))
                .body("periods.hours", contains(24.0f, 16.0f));
    }

    @Test
    void monthlyCapacityFollowsCalendarMonths() {
        given().queryParam("from", "2027-02-15").queryParam("to", "2027-03-31").queryParam("granularity", "MONTH")
                .when().get("/api/v1/resources/{id}/capacity", createPerson())
                .then().statusCode(200)
                .body("periods.end", contains("2027-02-28", "2027-03-31"))
                .body("periods.hours", contains(80.0f, 184.0f));
    }

    @Test
    void customWeekReplacesTheStandardOne() {
        String person = createPerson();
        setWeek(person, """
                {"monday":8,"tuesday":8,"wednesday":8,"thursday":8,"friday":4,"saturday":0,"sunday":0}""");
        given().queryParam("from", "2027-03-01").queryParam("to", "2027-03-07")
                .when().get("/api/v1/resources/{id}/capacity", person)
                .then().statusCode(200).body("totalHours", equalTo(36.0f));
        given().when().get("/api/v1/resources/{id}/working-calendar", person)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("custom", equalTo(true))
                .body("friday", equalTo(4.0f));
    }

    @Test
    void resourceWithoutACalendarShowsTheStandardWeek() {
        given().when().get("/api/v1/resources/{id}/working-calendar", createPerson())
                .then().statusCode(200)
                .body("custom", equalTo(false))
                .body("monday", equalTo(8.0f))
                .body("sunday", equalTo(0.0f));
    }

    @Test
    void holidaysOfTheCalendarFollowedTakeTheDayOff() {
        String person = createPerson();
        String calendar = createCalendar("[{\"day\":\"2027-03-02\",\"name\":\"Local day\"}]");
        setWeek(person, """
                {"monday":8,"tuesday":8,"wednesday":8,"thursday":8,"friday":8,"saturday":0,"sunday":0,
                 "holidayCalendarId":"%s"}""".formatted(calendar));
        given().queryParam("from", "2027-03-01").queryParam("to", "2027-03-07")
                .when().get("/api/v1/resources/{id}/capacity", person)
                .then().statusCode(200).body("totalHours", equalTo(32.0f));
    }

    @Test
    void holidaysAddedToTheCalendarLaterCountToo() {
        String person = createPerson();
        String calendar = createCalendar("[]");
        setWeek(person, """
                {"monday":8,"tuesday":8,"wednesday":8,"thursday":8,"friday":8,"saturday":0,"sunday":0,
                 "holidayCalendarId":"%s"}""".formatted(calendar));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"holidays\":[{\"day\":\"2027-03-05\",\"name\":\"Fiesta\"}]}")
                .when().patch("/api/v1/calendars/{calendarId}", calendar)
                .then().statusCode(200).header("ETag", "\"1\"").body("holidays.name", contains("Fiesta"));
        given().queryParam("from", "2027-03-01").queryParam("to", "2027-03-07")
                .when().get("/api/v1/resources/{id}/capacity", person)
                .then().statusCode(200).body("totalHours", equalTo(32.0f));
    }

    @Test
    void wholeDayAbsenceRemovesItsWorkingDays() {
        String person = createPerson();
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"VACATION\",\"startDate\":\"2027-03-04\",\"endDate\":\"2027-03-09\"}")
                .when().post("/api/v1/resources/{id}/absences", person)
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/absences/"))
                .body("kind", equalTo("VACATION"));
        given().queryParam("from", "2027-03-01").queryParam("to", "2027-03-14")
                .when().get("/api/v1/resources/{id}/capacity", person)
                .then().statusCode(200).body("periods.hours", contains(24.0f, 24.0f));
    }

    @Test
    void partDayAbsenceRemovesItsHours() {
        String person = createPerson();
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"TRAINING\",\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-02\",\"hoursPerDay\":3}")
                .when().post("/api/v1/resources/{id}/absences", person).then().statusCode(201);
        given().queryParam("from", "2027-03-01").queryParam("to", "2027-03-02").queryParam("granularity", "DAY")
                .when().get("/api/v1/resources/{id}/capacity", person)
                .then().statusCode(200).body("periods.hours", contains(5.0f, 5.0f));
    }

    @Test
    void cancellingAnAbsenceRestoresCapacity() {
        String person = createPerson();
        String absence = given().contentType(ContentType.JSON)
                .body("{\"kind\":\"SICK_LEAVE\",\"startDate\":\"2027-03-01\",\"endDate\":\"2027-03-01\"}")
                .when().post("/api/v1/resources/{id}/absences", person).then().statusCode(201).extract().path("id");
        given().when().delete("/api/v1/resources/{id}/absences/{absenceId}", person, absence).then().statusCode(204);
        given().queryParam("from", "2027-03-01").queryParam("to", "2027-03-01")
                .when().get("/api/v1/resources/{id}/capacity", person)
                .then().statusCode(200).body("totalHours", equalTo(8.0f));
    }

    @Test
    void listsAbsencesOverlappingARange() {
        String person = createPerson();
        for (String range : new String[] { "2027-01-04\",\"endDate\":\"2027-01-05", "2027-06-01\",\"endDate\":\"2027-06-02" }) {
            given().contentType(ContentType.JSON).body("{\"kind\":\"OTHER\",\"startDate\":\"" + range + "\"}")
                    .when().post("/api/v1/resources/{id}/absences", person).then().statusCode(201);
        }
        given().queryParam("from", "2027-05-01")
                .when().get("/api/v1/resources/{id}/absences", person)
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.startDate", contains("2027-06-01"));
    }

    @Test
    void absenceEndingBeforeItStartsIs422() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"VACATION\",\"startDate\":\"2027-03-04\",\"endDate\":\"2027-03-01\"}")
                .when().post("/api/v1/resources/{id}/absences", createPerson())
                .then().statusCode(422).body("errors.field", contains("endDate"));
    }

    @Test
    void windowLongerThanTwoYearsIs422() {
        given().queryParam("from", "2027-01-01").queryParam("to", "2029-01-02")
                .when().get("/api/v1/resources/{id}/capacity", createPerson())
                .then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", contains("to"));
    }

    @Test
    void windowOfExactlyTwoYearsIsAnswered() {
        given().queryParam("from", "2027-01-01").queryParam("to", "2029-01-01").queryParam("granularity", "MONTH")
                .when().get("/api/v1/resources/{id}/capacity", createPerson())
                .then().statusCode(200).body("periods", hasSize(25));
    }

    @Test
    void duplicateCalendarNameIs409() {
        String name = unique("Cal");
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}")
                .when().post("/api/v1/calendars").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}")
                .when().post("/api/v1/calendars")
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "duplicate-calendar"));
    }

    @Test
    void repeatedHolidayIs422() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + unique("Rep") + "\",\"holidays\":[{\"day\":\"2027-01-01\",\"name\":\"A\"},"
                        + "{\"day\":\"2027-01-01\",\"name\":\"B\"}]}")
                .when().post("/api/v1/calendars")
                .then().statusCode(422).body("errors.field", contains("holidays[1].day"));
    }

    @Test
    void unknownHolidayCalendarIs422() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"monday":8,"tuesday":8,"wednesday":8,"thursday":8,"friday":8,"saturday":0,"sunday":0,
                         "holidayCalendarId":"%s"}""".formatted(UUID.randomUUID()))
                .when().put("/api/v1/resources/{id}/working-calendar", createPerson())
                .then().statusCode(422).body("errors.field", contains("holidayCalendarId"));
    }

    @Test
    void capacityOfAnUnknownResourceIs404() {
        given().when().get("/api/v1/resources/{id}/capacity", UUID.randomUUID()).then().statusCode(404);
    }
}
