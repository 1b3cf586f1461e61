package io.implementa.project.task;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.TOPIC;
import static io.implementa.project.task.Planning.child;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssignmentResourceTest {

    @Inject
    ObjectMapper json;

    static String assignments(String projectId, String taskId) {
        return tasks(projectId) + "/" + taskId + "/assignments";
    }

    static String assign(String projectId, String taskId, String resourceId, String measure) {
        return given().contentType(ContentType.JSON).body("{\"resourceId\":\"%s\",%s}".formatted(resourceId, measure))
                .when().post(assignments(projectId, taskId))
                .then().statusCode(201).extract().path("id");
    }

    private JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).get("data");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean is(ConsumerRecord<String, String> r, String subject, String type) {
        return r.value().contains("\"io.implementa.project." + type + "\"") && r.value().contains(subject);
    }

    @Test
    void assigningAResourceByUnitsReturnsItWithTheTaskDatesAndAnnouncesIt() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "Configure ledger", 3);
        String resourceId = UUID.randomUUID().toString();
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            var response = given().contentType(ContentType.JSON)
                    .body("{\"resourceId\":\"%s\",\"units\":50}".formatted(resourceId))
                    .when().post(assignments(projectId, a))
                    .then().statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .body("taskId", equalTo(a))
                    .body("taskName", equalTo("Configure ledger"))
                    .body("resourceId", equalTo(resourceId))
                    .body("units", equalTo(50))
                    .body("workHours", nullValue())
                    .body("start", equalTo("2027-01-04"))
                    .body("finish", equalTo("2027-01-06"))
                    .body("critical", equalTo(true))
                    .extract();
            String id = response.path("id");
            assertTrue(response.header("Location").endsWith(assignments(projectId, a) + "/" + id));
            JsonNode added = data(events.awaitRecord(r -> r.key().equals(projectId)
                    && is(r, id, "TaskAssignmentAdded")));
            assertEquals(id, added.get("assignmentId").asText());
            assertEquals(a, added.get("taskId").asText());
            assertEquals("Configure ledger", added.get("taskName").asText());
            assertEquals(resourceId, added.get("resourceId").asText());
            assertEquals(50, added.get("units").asInt());
            assertTrue(added.get("workHours").isNull());
            assertEquals("2027-01-04", added.get("start").asText());
            assertEquals("2027-01-06", added.get("finish").asText());
            assertTrue(added.get("critical").asBoolean());
            assertFalse(added.get("changedBy").get("subject").asText().isBlank());
        }
    }

    @Test
    void unitsAndWorkHoursTogetherAreRefused() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 3);
        given().contentType(ContentType.JSON)
                .body("{\"resourceId\":\"%s\",\"units\":50,\"workHours\":8}".formatted(UUID.randomUUID()))
                .when().post(assignments(projectId, a))
                .then().statusCode(422).body("errors[0].field", equalTo("units"))
                .body("errors[0].message", containsString("not both"));
        given().contentType(ContentType.JSON).body("{\"resourceId\":\"%s\"}".formatted(UUID.randomUUID()))
                .when().post(assignments(projectId, a))
                .then().statusCode(422).body("errors[0].message", containsString("not neither"));
        given().when().get(assignments(projectId, a)).then().body("totalItems", equalTo(0));
    }

    @Test
    void unitsOutOfRangeAreRefused() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 3);
        for (String units : List.of("0", "1000.5", "-5")) {
            given().contentType(ContentType.JSON)
                    .body("{\"resourceId\":\"%s\",\"units\":%s}".formatted(UUID.randomUUID(), units))
                    .when().post(assignments(projectId, a))
                    .then().statusCode(422).body("errors[0].field", containsString("units"));
        }
        assign(projectId, a, UUID.randomUUID().toString(), "\"units\":1000");
    }

    @Test
    void aSummaryTaskTakesNoAssignments() {
        String projectId = create(uniqueKey());
        String phase = task(projectId, "Phase", 1);
        child(projectId, phase, "Work", null);
        given().contentType(ContentType.JSON)
                .body("{\"resourceId\":\"%s\",\"workHours\":16}".formatted(UUID.randomUUID()))
                .when().post(assignments(projectId, phase))
                .then().statusCode(422)
                .body("type", equalTo("https://implementa.io/problems/summary-task-assignment"))
                .body("taskId", equalTo(phase));
    }

    @Test
    void aTaskWithAssignmentsCannotBecomeASummary() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        assign(projectId, a, UUID.randomUUID().toString(), "\"units\":100");
        given().contentType(ContentType.JSON).body("{\"name\":\"Sub\",\"duration\":1,\"parentId\":\"%s\"}".formatted(a))
                .when().post(tasks(projectId))
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/task-has-assignments"));
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(1));
    }

    @Test
    void aResourceIsAssignedToATaskOnlyOnce() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        String resourceId = UUID.randomUUID().toString();
        assign(projectId, a, resourceId, "\"units\":50");
        given().contentType(ContentType.JSON).body("{\"resourceId\":\"%s\",\"workHours\":4}".formatted(resourceId))
                .when().post(assignments(projectId, a))
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/duplicate-assignment"))
                .body("resourceId", equalTo(resourceId));
    }

    @Test
    void switchingFromUnitsToWorkHoursNeedsIfMatchAndIsAnnounced() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        String id = assign(projectId, a, UUID.randomUUID().toString(), "\"units\":50");
        String url = assignments(projectId, a) + "/" + id;
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"workHours\":12}")
                .when().patch(url).then().statusCode(422).body("errors[0].message", containsString("not both"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"7\"")
                .body("{\"workHours\":12,\"units\":null}")
                .when().patch(url).then().statusCode(412);
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"workHours\":12,\"units\":null}")
                    .when().patch(url).then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("units", nullValue())
                    .body("workHours", equalTo(12));
            JsonNode changed = data(events.awaitRecord(r -> is(r, id, "TaskAssignmentChanged")));
            assertEquals(12, changed.get("workHours").asInt());
            assertTrue(changed.get("units").isNull());
        }
    }

    @Test
    void theProjectListFiltersByResourceAndTask() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        String b = task(projectId, "B", 2);
        String alice = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        assign(projectId, a, alice, "\"units\":50");
        assign(projectId, b, alice, "\"units\":50");
        assign(projectId, b, bob, "\"workHours\":10");
        String all = "/api/v1/projects/" + projectId + "/assignments";
        given().when().get(all).then().statusCode(200).body("totalItems", equalTo(3));
        given().queryParam("resourceId", alice).when().get(all).then()
                .body("totalItems", equalTo(2))
                .body("items.taskName", org.hamcrest.Matchers.contains("A", "B"));
        given().queryParam("resourceId", alice).queryParam("taskId", b).when().get(all).then()
                .body("totalItems", equalTo(1))
                .body("items[0].taskId", equalTo(b));
    }

    @Test
    void deletingATaskRemovesItsAssignmentsAndAnnouncesEach() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        String b = task(projectId, "B", 2);
        link(projectId, a, b, "FS", 0);
        String one = assign(projectId, a, UUID.randomUUID().toString(), "\"units\":50");
        String two = assign(projectId, a, UUID.randomUUID().toString(), "\"workHours\":8");
        String kept = assign(projectId, b, UUID.randomUUID().toString(), "\"units\":20");
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().when().delete(tasks(projectId) + "/" + a).then().statusCode(204);
            JsonNode removed = data(events.awaitRecord(r -> is(r, one, "TaskAssignmentRemoved")));
            assertEquals("A", removed.get("taskName").asText());
            assertEquals("2027-01-04", removed.get("start").asText());
            events.awaitRecord(r -> is(r, two, "TaskAssignmentRemoved"));
            events.awaitRecord(r -> r.key().equals(projectId) && is(r, a, "TaskDeleted"));
            assertFalse(events.records().stream().anyMatch(r -> is(r, kept, "TaskAssignmentRemoved")));
        }
        given().when().get("/api/v1/projects/" + projectId + "/assignments").then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(kept));
    }

    @Test
    void removingAnAssignmentAnnouncesItsLastState() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        String id = assign(projectId, a, UUID.randomUUID().toString(), "\"units\":75");
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().when().delete(assignments(projectId, a) + "/" + id).then().statusCode(204);
            JsonNode removed = data(events.awaitRecord(r -> is(r, id, "TaskAssignmentRemoved")));
            assertEquals(75, removed.get("units").asInt());
        }
        given().when().get(assignments(projectId, a) + "/" + id).then().statusCode(404);
    }
}
