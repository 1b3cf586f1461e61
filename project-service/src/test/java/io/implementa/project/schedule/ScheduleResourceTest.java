package io.implementa.project.schedule;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.milestone;
import static io.implementa.project.task.Planning.schedule;
import static io.implementa.project.task.Planning.task;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleResourceTest {

    /**
     * Project start Monday 2027-01-04, holiday Wednesday 2027-01-06. A (3d) → B (2d, FS + 1d lag) → End;
     * A → C (4d, FS) → End (milestone). By hand: A Jan 4, 5, 7; B from Jan 11 (Jan 8 is the lag) to Jan 12;
     * C Jan 8, 11, 12, 13; End on Jan 13. Critical: A, C, End; B has one day of float.
     */
    @Test
    void finishToStartNetworkWithLagAndHolidayMatchesTheHandCalculation() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON)
                .body("{\"workingWeekdays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],"
                        + "\"holidays\":[\"2027-01-06\"]}")
                .when().put("/api/v1/projects/" + projectId + "/calendar").then().statusCode(200);
        String a = task(projectId, "A", 3);
        String b = task(projectId, "B", 2);
        String c = task(projectId, "C", 4);
        String end = milestone(projectId, "End");
        link(projectId, a, b, "FS", 1);
        link(projectId, a, c, "FS", 0);
        link(projectId, b, end, "FS", 0);
        link(projectId, c, end, "FS", 0);

        JsonPath s = given().when().get(schedule(projectId)).then().statusCode(200)
                .body("projectStart", equalTo("2027-01-04"))
                .body("projectFinish", equalTo("2027-01-13"))
                .body("tasks.name", contains("A", "B", "C", "End"))
                .body("tasks.start", contains("2027-01-04", "2027-01-11", "2027-01-08", "2027-01-13"))
                .body("tasks.finish", contains("2027-01-07", "2027-01-12", "2027-01-13", "2027-01-13"))
                .body("tasks.totalFloat", contains(0, 1, 0, 0))
                .body("tasks.freeFloat", contains(0, 1, 0, 0))
                .body("tasks.critical", contains(true, false, true, true))
                .body("tasks[1].lateStart", equalTo("2027-01-12"))
                .body("tasks[1].lateFinish", equalTo("2027-01-13"))
                .body("criticalPaths", hasSize(1))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(a, c, end), s.getList("criticalPaths[0]"));

        given().when().get(schedule(projectId) + "?critical=true").then()
                .body("tasks.name", contains("A", "C", "End"));
    }

    @Test
    void aStatusDateMovesWorkNotStartedYet() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        given().contentType(ContentType.JSON).body("{\"statusDate\":\"2027-01-11\"}")
                .when().put(schedule(projectId) + "/status-date").then().statusCode(200)
                .body("statusDate", equalTo("2027-01-11"))
                .body("tasks[0].start", equalTo("2027-01-11"))
                .body("tasks[0].finish", equalTo("2027-01-12"))
                .body("projectFinish", equalTo("2027-01-12"));
        given().when().get("/api/v1/projects/" + projectId + "/tasks/" + a).then()
                .body("schedule.start", equalTo("2027-01-11"));
    }

    @Test
    void calendarDefaultsToMondayToFriday() {
        String projectId = create(uniqueKey());
        given().when().get("/api/v1/projects/" + projectId + "/calendar").then().statusCode(200)
                .body("workingWeekdays", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .body("holidays", hasSize(0))
                .body("customised", equalTo(false));
    }

    @Test
    void aMissedDeadlineShowsAsNegativeFloat() {
        String projectId = create(uniqueKey());
        io.implementa.project.task.Planning.post(projectId, """
                {"name":"Late","duration":5,"deadline":"2027-01-06"}""");
        given().when().get(schedule(projectId)).then()
                .body("tasks[0].finish", equalTo("2027-01-08"))
                .body("tasks[0].totalFloat", equalTo(-2))
                .body("tasks[0].critical", equalTo(true));
    }
}
