package io.implementa.project.schedule;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.TOPIC;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.milestone;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleEventsTest {

    @Inject
    ObjectMapper json;

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean is(ConsumerRecord<String, String> r, String projectId, String type) {
        return r.key().equals(projectId) && r.value().contains("\"io.implementa.project." + type + "\"");
    }

    private static void patch(String projectId, String taskId, long version, String body) {
        given().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"").body(body)
                .when().patch(tasks(projectId) + "/" + taskId).then().statusCode(200);
    }

    @Test
    void creatingATaskPublishesItAndTheScheduleDelta() {
        String projectId = create(uniqueKey());
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String a = task(projectId, "A", 3);
            JsonNode created = read(events.awaitRecord(r -> is(r, projectId, "TaskCreated"))).get("data");
            assertEquals(a, created.get("taskId").asText());
            assertEquals("A", created.get("task").get("name").asText());
            assertEquals("1", created.get("task").get("outline").asText());
            assertEquals(3, created.get("task").get("duration").asInt());

            JsonNode recomputed = read(events.awaitRecord(r -> is(r, projectId, "ScheduleRecomputed"))).get("data");
            assertEquals(0, recomputed.get("chunk").asInt());
            assertEquals(1, recomputed.get("chunkCount").asInt());
            assertEquals("2027-01-06", recomputed.get("projectFinish").asText());
            assertEquals(1, recomputed.get("tasks").size());
            JsonNode delta = recomputed.get("tasks").get(0);
            assertEquals(a, delta.get("taskId").asText());
            assertEquals("2027-01-04", delta.get("start").asText());
            assertTrue(delta.get("critical").asBoolean());
            assertTrue(delta.get("previousStart").isNull());

            JsonNode critical = read(events.awaitRecord(r -> is(r, projectId, "CriticalPathChanged"))).get("data");
            assertEquals(a, critical.get("criticalTaskIds").get(0).asText());
            assertEquals(a, critical.get("becameCritical").get(0).asText());
        }
    }

    @Test
    void aMilestonePushedByItsPredecessorIsReportedMoved() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 3);
        String goLive = milestone(projectId, "Go-live");
        link(projectId, a, goLive, "FS", 0);
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            patch(projectId, a, 0, "{\"duration\":5}");
            JsonNode moved = read(events.awaitRecord(r -> is(r, projectId, "MilestoneMoved"))).get("data");
            assertEquals(goLive, moved.get("taskId").asText());
            assertEquals("2027-01-06", moved.get("previousDate").asText());
            assertEquals("2027-01-08", moved.get("date").asText());

            JsonNode recomputed = read(events.awaitRecord(r -> is(r, projectId, "ScheduleRecomputed"))).get("data");
            assertEquals("2027-01-06", recomputed.get("previousProjectFinish").asText());
            assertEquals("2027-01-08", recomputed.get("projectFinish").asText());
        }
    }

    @Test
    void aChangeThatMovesNothingPublishesNoScheduleEvent() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 3);
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            patch(projectId, a, 0, "{\"description\":\"Only words change\"}");
            patch(projectId, a, 1, "{\"duration\":4}");
            events.awaitRecord(r -> is(r, projectId, "ScheduleRecomputed"));
            List<String> types = new ArrayList<>();
            for (ConsumerRecord<String, String> r : events.records()) {
                if (r.key().equals(projectId)) {
                    types.add(read(r).get("type").asText().replace("io.implementa.project.", ""));
                }
            }
            // The no-op edit is announced itself, but the only schedule event is the marker's, after its edit.
            assertEquals(List.of("TaskUpdated", "TaskUpdated", "ScheduleRecomputed"), types);
            assertFalse(types.contains("CriticalPathChanged"));
            JsonNode marker = read(events.records().stream().filter(r -> is(r, projectId, "ScheduleRecomputed"))
                    .findFirst().orElseThrow()).get("data");
            assertEquals("2027-01-07", marker.get("tasks").get(0).get("finish").asText());
        }
    }

    /** B (1d) already starts with A (3d): linking it start-to-start moves nothing, so only the link is announced. */
    @Test
    void aLinkThatMovesNothingIsAnnouncedWithoutScheduleEvents() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 3);
        String b = task(projectId, "B", 1);
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            link(projectId, a, b, "SS", 0);
            patch(projectId, a, 0, "{\"duration\":4}");
            events.awaitRecord(r -> is(r, projectId, "ScheduleRecomputed"));
            List<String> types = new ArrayList<>();
            for (ConsumerRecord<String, String> r : events.records()) {
                if (r.key().equals(projectId)) {
                    types.add(read(r).get("type").asText().replace("io.implementa.project.", ""));
                }
            }
            assertEquals(List.of("DependencyAdded", "TaskUpdated", "ScheduleRecomputed"), types);
        }
    }
}
