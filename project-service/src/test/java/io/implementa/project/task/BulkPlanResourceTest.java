package io.implementa.project.task;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.TOPIC;
import static io.implementa.project.task.Planning.dependencies;
import static io.implementa.project.task.Planning.schedule;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BulkPlanResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String bulk(String projectId) {
        return tasks(projectId) + "/bulk";
    }

    private static ValidatableResponse apply(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(bulk(projectId)).then();
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).get("data");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean is(ConsumerRecord<String, String> r, String projectId, String type) {
        return r.key().equals(projectId) && r.value().contains("\"io.implementa.project." + type + "\"");
    }

    /**
     * Phase (summary) over Design (3d) → Build (2d), then Go-live; the summary and the links name tasks of the
     * same request by ref, the summary even after its children. Project start Monday 2027-01-04.
     */
    @Test
    void createsTasksAndLinksThatNameEachOtherByRefAndReschedulesOnce() {
        String projectId = create(uniqueKey());
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String body = """
                    {"tasks":[
                      {"ref":"design","parent":"phase","name":"Design","duration":3},
                      {"ref":"build","parent":"phase","name":"Build","duration":2},
                      {"ref":"phase","name":"Phase"},
                      {"ref":"live","name":"Go-live","kind":"MILESTONE"}],
                     "dependencies":[
                      {"predecessor":"design","successor":"build"},
                      {"predecessor":"phase","successor":"live","type":"FS","lag":1}]}""";
            JsonNode result = JSON.valueToTree(apply(projectId, body).statusCode(200)
                    .body("tasksCreated", equalTo(4))
                    .body("tasksUpdated", equalTo(0))
                    .body("dependenciesCreated", equalTo(2))
                    .body("projectFinish", equalTo("2027-01-11"))
                    .extract().as(java.util.Map.class));
            String design = result.get("refs").get("design").asText();
            String phase = result.get("refs").get("phase").asText();

            given().when().get(schedule(projectId)).then().statusCode(200)
                    .body("tasks.name", contains("Phase", "Design", "Build", "Go-live"))
                    .body("tasks.outline", contains("1", "1.1", "1.2", "2"))
                    .body("tasks.start", contains("2027-01-04", "2027-01-04", "2027-01-07", "2027-01-11"))
                    .body("tasks.finish", contains("2027-01-08", "2027-01-06", "2027-01-08", "2027-01-11"));
            given().when().get(tasks(projectId) + "/" + design).then().body("parentId", equalTo(phase));

            // A later single change marks the end of what the bulk request published (one key, in order).
            task(projectId, "Marker", 1);
            events.awaitRecord(r -> is(r, projectId, "TaskCreated") && data(r).get("task").get("name").asText()
                    .equals("Marker"));
            List<ConsumerRecord<String, String>> recomputed = events.awaitRecords(
                    r -> is(r, projectId, "ScheduleRecomputed"), 2);
            List<ConsumerRecord<String, String>> created = events.records().stream()
                    .filter(r -> is(r, projectId, "TaskCreated")).toList();
            assertEquals(5, created.size(), "four from the bulk request, then the marker");
            JsonNode first = data(recomputed.get(0));
            assertEquals(1, first.get("chunkCount").asInt());
            assertEquals(4, first.get("tasks").size(), "the bulk request's one recompute covers its four tasks");
            long streams = events.records().stream().filter(r -> is(r, projectId, "ScheduleRecomputed"))
                    .map(r -> data(r).get("recomputeId").asText()).distinct().count();
            assertEquals(2, streams, "one recompute for the bulk request, one for the marker");
        }
    }

    @Test
    void updatesExistingTasksAndLinksNewOnesToThem() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        apply(projectId, """
                {"tasks":[{"id":"%s","duration":5,"effortHours":40},{"ref":"b","name":"B","duration":1}],
                 "dependencies":[{"predecessor":"%s","successor":"b"}]}""".formatted(a, a))
                .statusCode(200)
                .body("tasksCreated", equalTo(1))
                .body("tasksUpdated", equalTo(1))
                .body("projectFinish", equalTo("2027-01-11"));
        given().when().get(tasks(projectId) + "/" + a).then()
                .body("duration", equalTo(5))
                .body("effortHours", equalTo(40.0f))
                .body("name", equalTo("A"));
    }

    @Test
    void oneInvalidItemStoresNothingAndEveryErrorIsListed() {
        String projectId = create(uniqueKey());
        String existing = task(projectId, "Existing", 2);
        apply(projectId, """
                {"tasks":[
                  {"ref":"ok","name":"Fine","duration":2},
                  {"ref":"blank","name":" ","duration":2},
                  {"ref":"neg","name":"Negative","duration":-1},
                  {"ref":"orphan","name":"Orphan","parent":"nowhere"},
                  {"ref":"ms","name":"Milestone","kind":"MILESTONE","duration":3},
                  {"ref":"ok","name":"Same ref"},
                  {"id":"%s","duration":1,"estimate":{"optimistic":5,"mostLikely":2,"pessimistic":9}}],
                 "dependencies":[
                  {"predecessor":"ok","successor":"ghost"},
                  {"predecessor":"ok","successor":"ok"},
                  {"predecessor":"ok","successor":"ms"},
                  {"predecessor":"ok","successor":"ms"}]}""".formatted(existing))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/validation"))
                .body("errors.field", contains("tasks[1].name", "tasks[2].duration", "tasks[3].parent",
                        "tasks[4].duration", "tasks[5].ref", "tasks[6].estimate", "dependencies[0].successor",
                        "dependencies[1].successor", "dependencies[3].successor"))
                .body("detail", equalTo("9 fields are invalid; nothing was changed"));

        given().when().get(tasks(projectId)).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].duration", equalTo(2))
                .body("items[0].estimate", org.hamcrest.Matchers.nullValue());
        given().when().get(dependencies(projectId)).then().body("totalItems", equalTo(0));
    }

    @Test
    void aCycleRollsEverythingBack() {
        String projectId = create(uniqueKey());
        apply(projectId, """
                {"tasks":[{"ref":"a","name":"A"},{"ref":"b","name":"B"}],
                 "dependencies":[{"predecessor":"a","successor":"b"},{"predecessor":"b","successor":"a"}]}""")
                .statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/dependency-cycle"));
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(0));
    }

    @Test
    void eachNewLinkIsAnnouncedAsForASingleEdit() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String b = apply(projectId, """
                    {"tasks":[{"ref":"b","name":"B","duration":1}],
                     "dependencies":[{"predecessor":"%s","successor":"b","type":"SS","lag":1}]}""".formatted(a))
                    .statusCode(200).extract().path("refs.b");
            JsonNode added = data(events.awaitRecord(r -> is(r, projectId, "DependencyAdded")));
            assertEquals(a, added.get("predecessorTaskId").asText());
            assertEquals(b, added.get("successorTaskId").asText());
            assertEquals("SS", added.get("type").asText());
            assertEquals(1, added.get("lagDays").asInt());
        }
    }

    @Test
    void aNewSubtaskUnderAnAssignedTaskIsRefusedAndNothingIsStored() {
        String projectId = create(uniqueKey());
        String assigned = task(projectId, "Assigned", 2);
        AssignmentResourceTest.assign(projectId, assigned, java.util.UUID.randomUUID().toString(), "\"units\":50");
        apply(projectId, """
                {"tasks":[{"ref":"child","name":"Child","parent":"%s","duration":1}]}""".formatted(assigned))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("tasks[0].parent"));
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(1));
    }

    /**
     * Design (3d) → Build (2d) with a resource on each, and one on an existing task; the assignment events come
     * after the one recompute and carry its dates. Project start Monday 2027-01-04.
     */
    @Test
    void createsTasksLinksAndAssignmentsInOneCallAndAnnouncesThemWithTheRecomputedDates() {
        String projectId = create(uniqueKey());
        String existing = task(projectId, "Existing", 1);
        String analyst = java.util.UUID.randomUUID().toString();
        String developer = java.util.UUID.randomUUID().toString();
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String build = apply(projectId, """
                    {"tasks":[{"ref":"design","name":"Design","duration":3},
                              {"ref":"build","name":"Build","duration":2}],
                     "dependencies":[{"predecessor":"design","successor":"build"}],
                     "assignments":[{"task":"design","resourceId":"%s","units":50},
                                    {"task":"build","resourceId":"%s","workHours":16},
                                    {"task":"%s","resourceId":"%s","units":100}]}"""
                    .formatted(analyst, developer, existing, analyst))
                    .statusCode(200)
                    .body("tasksCreated", equalTo(2))
                    .body("dependenciesCreated", equalTo(1))
                    .body("assignmentsCreated", equalTo(3))
                    .extract().path("refs.build");

            given().when().get("/api/v1/projects/" + projectId + "/assignments").then().statusCode(200)
                    .body("totalItems", equalTo(3));
            JsonNode added = data(events.awaitRecord(r -> is(r, projectId, "TaskAssignmentAdded")
                    && data(r).get("taskId").asText().equals(build)));
            assertEquals(developer, added.get("resourceId").asText());
            assertEquals("Build", added.get("taskName").asText());
            assertEquals(16, added.get("workHours").asInt());
            assertEquals("2027-01-07", added.get("start").asText());
            assertEquals("2027-01-08", added.get("finish").asText());
            assertEquals(true, added.get("critical").asBoolean());
            List<ConsumerRecord<String, String>> all = events.awaitRecords(
                    r -> is(r, projectId, "TaskAssignmentAdded"), 3);
            int lastRecompute = -1;
            int firstAssignment = Integer.MAX_VALUE;
            List<ConsumerRecord<String, String>> seen = events.records();
            for (int i = 0; i < seen.size(); i++) {
                if (is(seen.get(i), projectId, "ScheduleRecomputed")) {
                    lastRecompute = i;
                } else if (is(seen.get(i), projectId, "TaskAssignmentAdded")) {
                    firstAssignment = Math.min(firstAssignment, i);
                }
            }
            assertEquals(3, all.size());
            org.junit.jupiter.api.Assertions.assertTrue(lastRecompute >= 0 && lastRecompute < firstAssignment,
                    "assignments are announced after the one recompute");
        }
    }

    @Test
    void oneInvalidAssignmentStoresNothingAndItsErrorIsListedWithItsIndex() {
        String projectId = create(uniqueKey());
        String resource = java.util.UUID.randomUUID().toString();
        apply(projectId, """
                {"tasks":[{"ref":"phase","name":"Phase"},{"ref":"a","parent":"phase","name":"A","duration":2}],
                 "assignments":[{"task":"a","resourceId":"%s","units":50},
                                {"task":"a","resourceId":"%s","units":50,"workHours":8},
                                {"task":"phase","resourceId":"%s","units":20},
                                {"task":"a","resourceId":"%s","units":1001},
                                {"task":"nowhere","resourceId":"%s","workHours":0}]}"""
                .formatted(resource, java.util.UUID.randomUUID(), resource, java.util.UUID.randomUUID(),
                        java.util.UUID.randomUUID()))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("assignments[1].units", "assignments[2].task",
                        "assignments[3].units", "assignments[4].task"))
                .body("detail", equalTo("4 fields are invalid; nothing was changed"));
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(0));
        given().when().get("/api/v1/projects/" + projectId + "/assignments").then().body("totalItems", equalTo(0));
    }

    @Test
    void theSameResourceTwiceOnOneTaskInARequestIsRefused() {
        String projectId = create(uniqueKey());
        String existing = task(projectId, "Existing", 2);
        String resource = java.util.UUID.randomUUID().toString();
        apply(projectId, """
                {"assignments":[{"task":"%s","resourceId":"%s","units":50},
                                {"task":"%s","resourceId":"%s","workHours":8}]}"""
                .formatted(existing, resource, existing, resource))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("assignments[1].resourceId"));
        given().when().get("/api/v1/projects/" + projectId + "/assignments").then().body("totalItems", equalTo(0));
    }

    /** 2,000 tasks in 20 chains of 100 (1,980 links): one call. */
    @Test
    void aTwoThousandTaskPlanTakesOneCall() {
        String projectId = create(uniqueKey());
        StringBuilder tasks = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            tasks.append(i == 0 ? "" : ",").append("{\"ref\":\"t").append(i).append("\",\"name\":\"Task ").append(i)
                    .append("\",\"duration\":2}");
            if (i % 100 != 0) {
                links.append(links.length() == 0 ? "" : ",").append("{\"predecessor\":\"t").append(i - 1)
                        .append("\",\"successor\":\"t").append(i).append("\"}");
            }
        }
        JsonNode result = JSON.valueToTree(apply(projectId, "{\"tasks\":[" + tasks + "],\"dependencies\":[" + links
                + "]}").statusCode(200)
                .body("tasksCreated", equalTo(2000))
                .body("dependenciesCreated", equalTo(1980))
                .extract().as(java.util.Map.class));
        Set<String> ids = new HashSet<>();
        result.get("refs").forEach(id -> ids.add(id.asText()));
        assertEquals(2000, ids.size());
        given().when().get(tasks(projectId) + "?size=1").then().body("totalItems", equalTo(2000));
        // Each chain: 100 tasks of 2 days = 200 working days from Monday 2027-01-04.
        given().when().get(schedule(projectId) + "?critical=true").then()
                .body("projectFinish", equalTo(io.implementa.project.schedule.engine.WorkCalendar.standard()
                        .addWorkingDays(java.time.LocalDate.of(2027, 1, 4), 199).toString()));
    }
}
