package io.implementa.project.task;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.child;
import static io.implementa.project.task.Planning.milestone;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaskResourceTest {

    private static List<String> outline(String projectId) {
        return given().when().get(tasks(projectId) + "?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.collect { it.outline + ' ' + it.name }");
    }

    @Test
    void createdTaskIsScheduledFromTheProjectStartWithLocationAndEtag() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("""
                {"name":"Configure ledger","duration":3,"effortHours":24,
                 "estimate":{"optimistic":2,"mostLikely":3,"pessimistic":7}}""")
                .when().post(tasks(projectId))
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("outline", equalTo("1"))
                .body("kind", equalTo("TASK"))
                .body("status", equalTo("NOT_STARTED"))
                .body("expectedDuration", equalTo(3.5f))
                .body("schedule.start", equalTo("2027-01-04"))
                .body("schedule.finish", equalTo("2027-01-06"))
                .body("schedule.critical", equalTo(true));
    }

    @Test
    void outlineNumbersFollowInsertMoveAndDelete() {
        String projectId = create(uniqueKey());
        String x = task(projectId, "X", 1);
        String y = task(projectId, "Y", 1);
        String z = task(projectId, "Z", 1);
        child(projectId, y, "W", null);
        child(projectId, y, "V", 0);
        given().when().get(tasks(projectId)).then().statusCode(200)
                .body("items.outline", contains("1", "2", "2.1", "2.2", "3"))
                .body("items.name", contains("X", "Y", "V", "W", "Z"))
                .body("items[1].kind", equalTo("SUMMARY"));

        Planning.post(projectId, "{\"name\":\"First\",\"duration\":1,\"position\":0}");
        given().when().get(tasks(projectId)).then()
                .body("items.outline", contains("1", "2", "3", "3.1", "3.2", "4"))
                .body("items.name", contains("First", "X", "Y", "V", "W", "Z"));

        given().contentType(ContentType.JSON).body("{\"parentId\":\"" + x + "\",\"position\":0}")
                .when().post(tasks(projectId) + "/" + y + "/move")
                .then().statusCode(200).body("outline", equalTo("2.1"));
        given().when().get(tasks(projectId)).then()
                .body("items.outline", contains("1", "2", "2.1", "2.1.1", "2.1.2", "3"))
                .body("items.name", contains("First", "X", "Y", "V", "W", "Z"));

        given().when().delete(tasks(projectId) + "/" + x).then().statusCode(204);
        given().when().get(tasks(projectId)).then()
                .body("items.outline", contains("1", "2"))
                .body("items.name", contains("First", "Z"));
        given().when().get(tasks(projectId) + "/" + y).then().statusCode(404);
        given().when().get(tasks(projectId) + "/" + z).then().statusCode(200).body("outline", equalTo("2"));
    }

    @Test
    void aTaskCannotMoveBeneathItself() {
        String projectId = create(uniqueKey());
        String parent = task(projectId, "Phase", 1);
        String sub = child(projectId, parent, "Work", null);
        given().contentType(ContentType.JSON).body("{\"parentId\":\"" + sub + "\"}")
                .when().post(tasks(projectId) + "/" + parent + "/move")
                .then().statusCode(422).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void summaryRollsUpDatesEffortAndDurationWeightedProgress() {
        String projectId = create(uniqueKey());
        String phase = task(projectId, "Phase", 1);
        Planning.post(projectId, """
                {"name":"Done part","duration":2,"effortHours":10,"parentId":"%s",
                 "status":"DONE","actualStart":"2027-01-04","actualFinish":"2027-01-05"}""".formatted(phase));
        Planning.post(projectId, """
                {"name":"Open part","duration":6,"effortHours":30,"parentId":"%s"}""".formatted(phase));
        given().when().get(tasks(projectId) + "/" + phase).then().statusCode(200)
                .body("kind", equalTo("SUMMARY"))
                .body("effortHours", equalTo(40.0f))
                .body("percentComplete", equalTo(25))
                .body("schedule.start", equalTo("2027-01-04"))
                .body("schedule.finish", equalTo("2027-01-11"));
    }

    @Test
    void milestonesHaveZeroDuration() {
        String projectId = create(uniqueKey());
        String m = milestone(projectId, "Go-live");
        given().when().get(tasks(projectId) + "/" + m).then()
                .body("kind", equalTo("MILESTONE")).body("duration", equalTo(0));
        given().contentType(ContentType.JSON).body("{\"name\":\"Bad\",\"kind\":\"MILESTONE\",\"duration\":3}")
                .when().post(tasks(projectId))
                .then().statusCode(422).body("errors[0].field", equalTo("duration"));
    }

    @Test
    void invalidEstimateAndNegativeDurationAreRefused() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("""
                {"name":"Odd","duration":3,"estimate":{"optimistic":5,"mostLikely":3,"pessimistic":7}}""")
                .when().post(tasks(projectId))
                .then().statusCode(422).body("errors[0].field", equalTo("estimate"));
        given().contentType(ContentType.JSON).body("{\"name\":\"Neg\",\"duration\":-1}")
                .when().post(tasks(projectId))
                .then().statusCode(422).body("errors[0].field", equalTo("duration"));
    }

    @Test
    void patchNeedsIfMatchAndFiltersByCritical() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "Long", 5);
        String b = task(projectId, "Short", 1);
        given().contentType("application/merge-patch+json").body("{\"name\":\"Longer\"}")
                .when().patch(tasks(projectId) + "/" + a).then().statusCode(428);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"name\":\"Longer\"}")
                .when().patch(tasks(projectId) + "/" + a).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("Longer"));
        given().when().get(tasks(projectId) + "?critical=true").then()
                .body("items", hasSize(1)).body("items[0].id", equalTo(a));
        given().when().get(tasks(projectId) + "?critical=false").then()
                .body("items", hasSize(1)).body("items[0].id", equalTo(b));
    }
}
