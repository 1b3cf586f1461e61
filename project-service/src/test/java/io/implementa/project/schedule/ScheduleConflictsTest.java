package io.implementa.project.schedule;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.post;
import static io.implementa.project.task.Planning.schedule;
import static io.implementa.project.task.Planning.task;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Project start Monday 2027-01-04, Monday to Friday. */
@QuarkusTest
class ScheduleConflictsTest {

    @Test
    void aScheduleWithoutNegativeFloatHasNoConflicts() {
        String projectId = create(uniqueKey());
        task(projectId, "A", 3);
        given().when().get(schedule(projectId) + "/conflicts").then().statusCode(200)
                .body("projectId", equalTo(projectId))
                .body("conflicts", empty());
    }

    /**
     * Build (5d, Jan 4–8) → Test (2d, FNLT Jan 8): Test finishes Jan 12 at the earliest, two days late; Build
     * inherits the −2 from it. Docs (3d, deadline Jan 5) finishes Jan 6: one day late on its own.
     */
    @Test
    void tasksWithNegativeFloatAreListedWithTheirCause() {
        String projectId = create(uniqueKey());
        String build = task(projectId, "Build", 5);
        String test = post(projectId, """
                {"name":"Test","duration":2,"constraint":{"type":"FNLT","date":"2027-01-08"}}""");
        String docs = post(projectId, """
                {"name":"Docs","duration":3,"deadline":"2027-01-05"}""");
        link(projectId, build, test, "FS", 0);
        given().when().get(schedule(projectId) + "/conflicts").then().statusCode(200)
                .body("conflicts.name", contains("Build", "Test", "Docs"))
                .body("conflicts.totalFloat", contains(-2, -2, -1))
                .body("conflicts[0].reasons", empty())
                .body("conflicts[0].drivenBy", contains(test))
                .body("conflicts[1].taskId", equalTo(test))
                .body("conflicts[1].reasons", hasSize(1))
                .body("conflicts[1].reasons[0].kind", equalTo("CONSTRAINT"))
                .body("conflicts[1].reasons[0].constraintType", equalTo("FNLT"))
                .body("conflicts[1].reasons[0].date", equalTo("2027-01-08"))
                .body("conflicts[1].reasons[0].earliest", equalTo("2027-01-12"))
                .body("conflicts[1].drivenBy", empty())
                .body("conflicts[2].taskId", equalTo(docs))
                .body("conflicts[2].reasons[0].kind", equalTo("DEADLINE"))
                .body("conflicts[2].reasons[0].date", equalTo("2027-01-05"))
                .body("conflicts[2].reasons[0].earliest", equalTo("2027-01-06"));
    }

    @Test
    void conflictsOfAnUnknownProjectAreNotFound() {
        given().when().get(schedule(java.util.UUID.randomUUID().toString()) + "/conflicts").then().statusCode(404);
    }
}
