package io.implementa.project.baseline;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.post;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.project.lifecycle.Lifecycle;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BaselineResourceTest {

    @Inject
    BaselineService baselines;

    static String baselines(String projectId) {
        return "/api/v1/projects/" + projectId + "/baselines";
    }

    /** Saves a baseline; returns its id. */
    public static String saveBaseline(String projectId, String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}")
                .when().post(baselines(projectId))
                .then().statusCode(201).extract().path("id");
    }

    private static void setDuration(String projectId, String taskId, int days) {
        given().contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"duration\":" + days + "}")
                .when().patch(tasks(projectId) + "/" + taskId).then().statusCode(200);
    }

    /** Project start Monday 2027-01-04: A (3d, 24 h) Jan 4–6 → B (2d) Jan 7–8. */
    @Test
    void savesEveryTasksDatesDurationWorkAndCostAndTheFirstBecomesCurrent() {
        String projectId = create(uniqueKey());
        String a = post(projectId, "{\"name\":\"A\",\"duration\":3,\"effortHours\":24}");
        String b = task(projectId, "B", 2);
        link(projectId, a, b, "FS", 0);

        String id = given().contentType(ContentType.JSON).body("{\"name\":\"Approved plan\"}")
                .when().post(baselines(projectId))
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("Approved plan"))
                .body("current", equalTo(true))
                .body("taskCount", equalTo(2))
                .body("projectStart", equalTo("2027-01-04"))
                .body("projectFinish", equalTo("2027-01-08"))
                .body("totalWorkHours", equalTo(24.0f))
                .body("totalCost", equalTo(0))
                .body("savedBy.subject", equalTo("test-admin"))
                .extract().path("id");

        given().when().get(baselines(projectId) + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("tasks.name", contains("A", "B"))
                .body("tasks.start", contains("2027-01-04", "2027-01-07"))
                .body("tasks.finish", contains("2027-01-06", "2027-01-08"))
                .body("tasks.durationDays", contains(3, 2))
                .body("tasks[0].workHours", equalTo(24.0f))
                .body("tasks[1].workHours", nullValue())
                .body("tasks.cost", contains(0.0f, 0.0f));
        String second = saveBaseline(projectId, "Re-plan");
        given().when().get(baselines(projectId) + "/" + second).then().body("current", equalTo(false));
    }

    /**
     * Baseline as above plus D (1d, Jan 4). Then A grows to 5 days (Jan 4–8), so B moves to Mon Jan 11–12 over
     * the weekend; D is deleted and C added. Variance in working days: A finish +2, B start +2 and finish +2,
     * the project finishes 2 working days later.
     */
    @Test
    void varianceCountsWorkingDaysOfTheProjectCalendar() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 3);
        String b = task(projectId, "B", 2);
        String d = task(projectId, "D", 1);
        link(projectId, a, b, "FS", 0);
        String baseline = saveBaseline(projectId, "Plan");
        setDuration(projectId, a, 5);
        given().when().delete(tasks(projectId) + "/" + d).then().statusCode(204);
        String c = task(projectId, "C", 1);

        given().when().get(baselines(projectId) + "/" + baseline + "/variance").then().statusCode(200)
                .body("baselineName", equalTo("Plan"))
                .body("project.baselineFinish", equalTo("2027-01-08"))
                .body("project.finish", equalTo("2027-01-12"))
                .body("project.finishVarianceDays", equalTo(2))
                .body("project.startVarianceDays", equalTo(0))
                .body("project.baselineDurationDays", equalTo(5))
                .body("project.durationDays", equalTo(7))
                .body("project.durationVarianceDays", equalTo(2))
                .body("tasks.taskId", contains(a, b, c, d))
                .body("tasks.comparison", contains("BASELINED", "BASELINED", "ADDED", "REMOVED"))
                .body("tasks.startVarianceDays", contains(0, 2, null, null))
                .body("tasks.finishVarianceDays", contains(2, 2, null, null))
                .body("tasks.durationVarianceDays", contains(2, 0, null, null))
                .body("tasks[1].baselineStart", equalTo("2027-01-07"))
                .body("tasks[1].start", equalTo("2027-01-11"))
                .body("tasks[3].baselineFinish", equalTo("2027-01-04"));
    }

    /** Costs are the tasks' planned fixed costs; a summary's is the sum of its leaves', the total counts leaves. */
    @Test
    void keepsThePlannedCostOfEveryTask() {
        String projectId = create(uniqueKey());
        io.implementa.project.cost.Costs.setBudget(projectId, "EUR", "100000");
        String phase = task(projectId, "Phase", 1);
        String a = post(projectId, "{\"name\":\"A\",\"duration\":2,\"parentId\":\"" + phase + "\"}");
        String b = post(projectId, "{\"name\":\"B\",\"duration\":2,\"parentId\":\"" + phase + "\"}");
        for (String[] cost : new String[][] {{a, "1200.50"}, {b, "800"}}) {
            given().contentType(ContentType.JSON).body("{\"fixedCost\":" + cost[1] + "}")
                    .when().put(tasks(projectId) + "/" + cost[0] + "/planned-cost").then().statusCode(200);
        }
        String id = given().contentType(ContentType.JSON).body("{\"name\":\"Costed\"}")
                .when().post(baselines(projectId))
                .then().statusCode(201)
                .body("totalCost", equalTo(2000.5f))
                .extract().path("id");
        given().when().get(baselines(projectId) + "/" + id).then().statusCode(200)
                .body("tasks.name", contains("Phase", "A", "B"))
                .body("tasks.summary", contains(true, false, false))
                .body("tasks.cost", contains(2000.5f, 1200.5f, 800.0f));
        assertEquals(0, new java.math.BigDecimal("1200.50").compareTo(
                baselines.current(UUID.fromString(projectId)).orElseThrow().tasks().get(1).cost()));
    }

    @Test
    void makingABaselineCurrentReplacesThePreviousOne() {
        String projectId = create(uniqueKey());
        task(projectId, "A", 3);
        String first = saveBaseline(projectId, "First");
        String second = saveBaseline(projectId, "Second");
        assertEquals(UUID.fromString(first), baselines.current(UUID.fromString(projectId)).orElseThrow().id());

        given().when().post(baselines(projectId) + "/" + second + "/make-current").then().statusCode(200)
                .body("id", equalTo(second))
                .body("current", equalTo(true));

        given().when().get(baselines(projectId) + "?sort=name").then().statusCode(200)
                .body("items.name", contains("First", "Second"))
                .body("items.current", contains(false, true));
        BaselineApi.BaselineView current = baselines.current(UUID.fromString(projectId)).orElseThrow();
        assertEquals(UUID.fromString(second), current.id());
        assertEquals(3, current.tasks().get(0).durationDays());
    }

    @Test
    void aProjectWithoutBaselinesHasNoCurrentOne() {
        String projectId = create(uniqueKey());
        assertTrue(baselines.current(UUID.fromString(projectId)).isEmpty());
        given().when().get(baselines(projectId)).then().statusCode(200).body("totalItems", equalTo(0));
        given().when().get(baselines(projectId) + "/" + UUID.randomUUID()).then().statusCode(404);
        given().when().post(baselines(projectId) + "/" + UUID.randomUUID() + "/make-current").then().statusCode(404);
    }

    @Test
    void aNameIsUsedOncePerProject() {
        String projectId = create(uniqueKey());
        saveBaseline(projectId, "Plan");
        given().contentType(ContentType.JSON).body("{\"name\":\"Plan\"}")
                .when().post(baselines(projectId))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/duplicate"));
        given().contentType(ContentType.JSON).body("{\"name\":\" \"}")
                .when().post(baselines(projectId)).then().statusCode(422);
    }

    @Test
    void theExecutionGateAsksForACurrentBaseline() {
        Lifecycle.People p = Lifecycle.project();
        String gate = "/api/v1/projects/" + p.projectId() + "/gates/START_EXECUTION";
        given().when().get(gate).then().statusCode(200)
                .body("criteria.find { it.id == 'baseline-set' }.met", equalTo(false))
                .body("criteria.find { it.id == 'baseline-set' }.detail", startsWith("no baseline of " + p.key()));
        saveBaseline(p.projectId(), "Approved plan");
        given().when().get(gate).then().statusCode(200)
                .body("criteria.find { it.id == 'baseline-set' }.met", equalTo(true));
    }
}
