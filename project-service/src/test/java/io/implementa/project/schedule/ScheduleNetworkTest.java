package io.implementa.project.schedule;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.post;
import static io.implementa.project.task.Planning.schedule;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked networks scheduled through the REST API (the engine's own tests check the same rules on the
 * engine alone). Project start Monday 2027-01-04, Monday to Friday; "day n" is the n-th working day.
 */
@QuarkusTest
class ScheduleNetworkTest {

    /**
     * P (5d) Jan 4–8 → A (4d) Jan 11–14, then from A: B SS+2 (3d) starts Jan 13; C SS−1 (2d) starts the day
     * before A, Jan 8; D FF+1 (2d) finishes the day after A, Jan 15; E FF−2 (3d) finishes two days before A,
     * Jan 12; F SF+1 (2d) finishes by the end of A's first day, Jan 11; G SF−1 (1d) finishes the day before A
     * starts minus one, Jan 7.
     */
    @Test
    void everyLinkTypeWithPositiveAndNegativeLagMatchesTheHandCalculation() {
        String projectId = create(uniqueKey());
        String p = task(projectId, "P", 5);
        String a = task(projectId, "A", 4);
        link(projectId, p, a, "FS", 0);
        String b = task(projectId, "B", 3);
        String c = task(projectId, "C", 2);
        String d = task(projectId, "D", 2);
        String e = task(projectId, "E", 3);
        String f = task(projectId, "F", 2);
        String g = task(projectId, "G", 1);
        link(projectId, a, b, "SS", 2);
        link(projectId, a, c, "SS", -1);
        link(projectId, a, d, "FF", 1);
        link(projectId, a, e, "FF", -2);
        link(projectId, a, f, "SF", 1);
        link(projectId, a, g, "SF", -1);
        given().when().get(schedule(projectId)).then().statusCode(200)
                .body("tasks.name", contains("P", "A", "B", "C", "D", "E", "F", "G"))
                .body("tasks.start", contains("2027-01-04", "2027-01-11", "2027-01-13", "2027-01-08", "2027-01-14",
                        "2027-01-08", "2027-01-08", "2027-01-07"))
                .body("tasks.finish", contains("2027-01-08", "2027-01-14", "2027-01-15", "2027-01-11", "2027-01-15",
                        "2027-01-12", "2027-01-11", "2027-01-07"))
                .body("projectFinish", equalTo("2027-01-15"));
    }

    /**
     * One task per constraint, no links. SNET Jan 6 starts then; FNET Jan 8 finishes then; MSO Jan 11 starts
     * then and sets the project finish (Jan 12); MFO Jan 11 finishes then; ALAP ends with the project. SNLT
     * and FNLT only bound the late dates: they start with the project and keep float up to their dates.
     */
    @Test
    void eachConstraintTypeIsHonouredOrBoundsTheLateDates() {
        String projectId = create(uniqueKey());
        for (String[] c : List.of(new String[] { "SNET", "2027-01-06" }, new String[] { "SNLT", "2027-01-06" },
                new String[] { "FNET", "2027-01-08" }, new String[] { "FNLT", "2027-01-08" },
                new String[] { "MSO", "2027-01-11" }, new String[] { "MFO", "2027-01-11" })) {
            post(projectId, """
                    {"name":"%s","duration":2,"constraint":{"type":"%s","date":"%s"}}""".formatted(c[0], c[0], c[1]));
        }
        post(projectId, """
                {"name":"ALAP","duration":2,"constraint":{"type":"ALAP"}}""");
        given().when().get(schedule(projectId)).then().statusCode(200)
                .body("tasks.name", contains("SNET", "SNLT", "FNET", "FNLT", "MSO", "MFO", "ALAP"))
                .body("tasks.start", contains("2027-01-06", "2027-01-04", "2027-01-07", "2027-01-04", "2027-01-11",
                        "2027-01-08", "2027-01-11"))
                .body("tasks.finish", contains("2027-01-07", "2027-01-05", "2027-01-08", "2027-01-05", "2027-01-12",
                        "2027-01-11", "2027-01-12"))
                .body("tasks.find { it.name == 'SNLT' }.lateStart", equalTo("2027-01-06"))
                .body("tasks.find { it.name == 'SNLT' }.totalFloat", equalTo(2))
                .body("tasks.find { it.name == 'FNLT' }.lateFinish", equalTo("2027-01-08"))
                .body("tasks.find { it.name == 'FNLT' }.totalFloat", equalTo(3))
                .body("tasks.find { it.name == 'MSO' }.critical", equalTo(true))
                .body("projectFinish", equalTo("2027-01-12"));
    }

    /**
     * Status date Monday Jan 11. Done (2d) finished Jan 4–5 keeps its actual dates; Started (5d, 40 %) keeps its
     * actual start and does its remaining 3 days from the status date (Jan 11–13); Next (2d) follows it
     * (Jan 14–15); Waiting (3d, not started, no links) cannot start before the status date (Jan 11–13).
     */
    @Test
    void progressKeepsActualsAndSchedulesRemainingWorkFromTheStatusDate() {
        String projectId = create(uniqueKey());
        post(projectId, """
                {"name":"Done","duration":2,"status":"DONE","actualStart":"2027-01-04","actualFinish":"2027-01-05"}""");
        String started = post(projectId, """
                {"name":"Started","duration":5,"status":"IN_PROGRESS","actualStart":"2027-01-04","percentComplete":40}""");
        String next = task(projectId, "Next", 2);
        link(projectId, started, next, "FS", 0);
        task(projectId, "Waiting", 3);
        given().contentType(ContentType.JSON).body("{\"statusDate\":\"2027-01-11\"}")
                .when().put(schedule(projectId) + "/status-date").then().statusCode(200)
                .body("tasks.name", contains("Done", "Started", "Next", "Waiting"))
                .body("tasks.start", contains("2027-01-04", "2027-01-04", "2027-01-14", "2027-01-11"))
                .body("tasks.finish", contains("2027-01-05", "2027-01-13", "2027-01-15", "2027-01-13"))
                .body("tasks.critical", contains(false, true, true, false))
                .body("projectFinish", equalTo("2027-01-15"));
    }

    /** A (2d) → C and B (2d) → C (1d), D (1d) alone: two critical paths, A-C and B-C; D has float. */
    @Test
    void aNetworkWithTwoCriticalPathsReportsBothAndFiltersCriticalTasks() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        String b = task(projectId, "B", 2);
        String c = task(projectId, "C", 1);
        task(projectId, "D", 1);
        link(projectId, a, c, "FS", 0);
        link(projectId, b, c, "FS", 0);
        given().when().get(schedule(projectId)).then().statusCode(200)
                .body("criticalPaths", hasSize(2))
                .body("criticalPaths", containsInAnyOrder(List.of(a, c), List.of(b, c)))
                .body("tasks.find { it.name == 'D' }.totalFloat", equalTo(2));
        given().queryParam("critical", true).when().get(schedule(projectId)).then().statusCode(200)
                .body("tasks.name", contains("A", "B", "C"));
        given().queryParam("critical", true).when().get(tasks(projectId)).then().statusCode(200)
                .body("items.name", contains("A", "B", "C"));
    }

    @Test
    void invalidDurationsAreRefusedNamingTheField() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"name\":\"Negative\",\"duration\":-1}")
                .when().post(tasks(projectId)).then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("duration"));
        given().contentType(ContentType.JSON).body("{\"name\":\"Endless\",\"duration\":100001}")
                .when().post(tasks(projectId)).then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("duration"));
        given().contentType(ContentType.JSON).body("{\"name\":\"Gate\",\"kind\":\"MILESTONE\",\"duration\":3}")
                .when().post(tasks(projectId)).then().statusCode(422)
                .body("errors[0].field", equalTo("duration"));
        given().contentType(ContentType.JSON).body("{\"name\":\"Odd\",\"duration\":\"two\"}")
                .when().post(tasks(projectId)).then().statusCode(400);
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(0));
    }
}
