package io.implementa.project.forecast;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.post;
import static io.implementa.project.task.Planning.task;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.project.schedule.engine.WorkCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ForecastResourceTest {

    private static final WorkCalendar WEEKDAYS = WorkCalendar.standard();
    /** The project start of every test project, a Monday. */
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    static String forecasts(String projectId) {
        return "/api/v1/projects/" + projectId + "/forecasts";
    }

    private static JsonPath forecast(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(forecasts(projectId))
                .then().statusCode(200).extract().jsonPath();
    }

    private static String estimated(String projectId, String name, int o, int m, int p) {
        return post(projectId, """
                {"name":"%s","duration":%d,"estimate":{"optimistic":%d,"mostLikely":%d,"pessimistic":%d}}"""
                .formatted(name, m, o, m, p));
    }

    /** Last working day of work that takes {@code days} working days from the project start. */
    private static LocalDate finishAfter(int days) {
        return WEEKDAYS.addWorkingDays(START, days - 1);
    }

    /**
     * A (2/4/10) and B (3/5/6) in parallel, then C (2 days, no estimate). By hand: every run finishes between
     * max(2, 3) + 2 = 5 and max(10, 6) + 2 = 12 working days; C is always critical; A or B is critical in every
     * run, so their indexes add up to at least 1; B never exceeds 6, so the plan finishes within 8 days
     * exactly when A does: P(finish ≤ 8 days) = P(A < 6.5) = 1 − 3.5² / (8 · 6) ≈ 0.745.
     */
    @Test
    void seededForecastOfASmallNetworkStaysWithinTheHandComputedBounds() {
        String projectId = create(uniqueKey());
        String a = estimated(projectId, "A", 2, 4, 10);
        String b = estimated(projectId, "B", 3, 5, 6);
        String c = task(projectId, "C", 2);
        link(projectId, a, c, "FS", 0);
        link(projectId, b, c, "FS", 0);
        String body = """
                {"iterations":5000,"seed":7,"distribution":"TRIANGULAR","targetDate":"%s"}"""
                .formatted(finishAfter(8));

        JsonPath f = forecast(projectId, body);
        assertEquals(5000, f.getInt("iterations"));
        assertEquals(7L, f.getLong("seed"));
        assertEquals(2, f.getInt("uncertainTasks"));
        assertEquals(finishAfter(7).toString(), f.getString("plannedFinish"));
        LocalDate p50 = LocalDate.parse(f.getString("p50"));
        LocalDate p80 = LocalDate.parse(f.getString("p80"));
        LocalDate p95 = LocalDate.parse(f.getString("p95"));
        assertFalse(p50.isBefore(finishAfter(5)));
        assertFalse(p50.isAfter(p80));
        assertFalse(p80.isAfter(p95));
        assertFalse(p95.isAfter(finishAfter(12)));
        double probability = f.getDouble("probabilityOfMeetingTarget");
        assertTrue(probability >= 0.72 && probability <= 0.77, "probability " + probability);
        assertEquals(java.util.List.of(a, b, c), f.getList("tasks.taskId"));
        double criticalA = f.getDouble("tasks[0].criticalityIndex");
        double criticalB = f.getDouble("tasks[1].criticalityIndex");
        assertTrue(criticalA + criticalB >= 1.0, "A " + criticalA + " + B " + criticalB);
        assertTrue(criticalA > criticalB, "A has the longer tail");
        assertEquals(1.0, f.getDouble("tasks[2].criticalityIndex"));

        assertEquals(f.prettify(), forecast(projectId, body).prettify(), "the same seed gives the same forecast");
    }

    /**
     * A (5 days) → B triangular (10, 20, 60). B's median: the mode lies below the midpoint, so
     * median = 60 − √((60 − 10)(60 − 20) / 2) = 28.38 days, i.e. 28 whole days: the project's median finish is
     * 5 + 28 working days after the start.
     */
    @Test
    void singlePathMedianMatchesTheAnalyticMedian() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 5);
        String b = estimated(projectId, "B", 10, 20, 60);
        link(projectId, a, b, "FS", 0);
        double median = 60 - Math.sqrt((60 - 10) * (60 - 20) / 2.0);

        JsonPath f = forecast(projectId, "{\"iterations\":20000,\"seed\":11,\"distribution\":\"TRIANGULAR\"}");
        LocalDate expected = finishAfter(5 + (int) Math.round(median));
        LocalDate p50 = LocalDate.parse(f.getString("p50"));
        long off = Math.abs(WEEKDAYS.workingDaysBetween(expected, p50.plusDays(1))
                - WEEKDAYS.workingDaysBetween(expected, expected.plusDays(1)));
        assertTrue(off <= 1, "P50 " + p50 + " vs analytic " + expected);
        assertEquals(1.0, f.getDouble("tasks[0].criticalityIndex"));
        assertEquals(1.0, f.getDouble("tasks[1].criticalityIndex"));
    }

    @Test
    void pertIsTheDefaultDistributionAndTasksWithoutEstimatesKeepTheirDuration() {
        String projectId = create(uniqueKey());
        task(projectId, "A", 3);
        given().contentType(ContentType.JSON).body("{\"iterations\":100}")
                .when().post(forecasts(projectId))
                .then().statusCode(200)
                .body("distribution", equalTo("PERT"))
                .body("uncertainTasks", equalTo(0))
                .body("p50", equalTo(finishAfter(3).toString()))
                .body("p95", equalTo(finishAfter(3).toString()))
                .body("probabilityOfMeetingTarget", nullValue())
                .body("tasks.criticalityIndex", contains(1.0f));
    }

    @Test
    void moreIterationsThanAllowedAreRefused() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"iterations\":100001}")
                .when().post(forecasts(projectId))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/validation"))
                .body("errors[0].field", equalTo("iterations"))
                .body("errors[0].message", equalTo("must be at most 100000"));
        given().contentType(ContentType.JSON).body("{\"iterations\":0}")
                .when().post(forecasts(projectId)).then().statusCode(422);
        given().contentType(ContentType.JSON).body("{\"iterations\":10}")
                .when().post(forecasts(UUID.randomUUID().toString())).then().statusCode(404);
    }
}
