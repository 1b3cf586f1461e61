package io.implementa.project.schedule;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.TOPIC;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.milestone;
import static io.implementa.project.task.Planning.post;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The daily milestone job, run at chosen instants for one project (project start Monday 2027-01-04). */
@QuarkusTest
class MilestoneReminderJobTest {

    @Inject
    MilestoneReminderJob job;

    @Inject
    ObjectMapper json;

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> announcements(KafkaTestConsumer events, String projectId, String taskId) {
        return events.records().stream().filter(r -> r.key().equals(projectId)).map(this::read)
                .filter(e -> e.get("subject").asText().equals(taskId))
                .map(e -> e.get("type").asText().replace("io.implementa.project.", ""))
                .filter(type -> type.startsWith("MilestoneDue") || type.startsWith("MilestoneMissed"))
                .toList();
    }

    /** A task added after the runs: once its event is read, every earlier event of the project was read. */
    private static void marker(KafkaTestConsumer events, String projectId) {
        String marker = task(projectId, "Marker", 1);
        events.awaitRecord(r -> r.key().equals(projectId) && r.value().contains(marker));
    }

    @Test
    void aMilestoneIsAnnouncedDueSoonThenMissedOncePerDate() {
        String projectId = create(uniqueKey());
        String build = task(projectId, "Build", 3);
        String goLive = milestone(projectId, "Go-live");
        link(projectId, build, goLive, "FS", 0);
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            job.runFor(Instant.parse("2026-12-31T06:00:00Z"), java.util.UUID.fromString(projectId));
            job.runFor(Instant.parse("2027-01-01T06:00:00Z"), java.util.UUID.fromString(projectId));
            job.runFor(Instant.parse("2027-01-02T06:00:00Z"), java.util.UUID.fromString(projectId));
            JsonNode dueSoon = read(events.awaitRecord(r -> r.key().equals(projectId)
                    && r.value().contains("\"io.implementa.project.MilestoneDueSoon\""))).get("data");
            assertEquals(goLive, dueSoon.get("taskId").asText());
            assertEquals("Go-live", dueSoon.get("name").asText());
            assertEquals("2027-01-06", dueSoon.get("date").asText());
            assertTrue(dueSoon.get("deadline").isNull());
            assertEquals("manager@example.com", dueSoon.get("manager").get("email").asText());
            assertEquals("sub-sponsor", dueSoon.get("sponsor").get("subject").asText());

            job.runFor(Instant.parse("2027-01-07T06:00:00Z"), java.util.UUID.fromString(projectId));
            job.runFor(Instant.parse("2027-01-08T06:00:00Z"), java.util.UUID.fromString(projectId));
            JsonNode missed = read(events.awaitRecord(r -> r.key().equals(projectId)
                    && r.value().contains("\"io.implementa.project.MilestoneMissed\""))).get("data");
            assertEquals("2027-01-06", missed.get("date").asText());
            marker(events, projectId);
            // 2026-12-31 is more than 5 days ahead of Jan 6; Jan 1 and Jan 2 are within, announced once.
            assertEquals(List.of("MilestoneDueSoon", "MilestoneMissed"), announcements(events, projectId, goLive));
        }
    }

    @Test
    void aPassedDeadlineIsAMissEvenWhenTheDateIsAhead() {
        String projectId = create(uniqueKey());
        String build = task(projectId, "Build", 3);
        String goLive = post(projectId, """
                {"name":"Go-live","kind":"MILESTONE","deadline":"2027-01-05"}""");
        link(projectId, build, goLive, "FS", 0);
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            job.runFor(Instant.parse("2027-01-06T00:30:00Z"), java.util.UUID.fromString(projectId));
            JsonNode missed = read(events.awaitRecord(r -> r.key().equals(projectId)
                    && r.value().contains("\"io.implementa.project.MilestoneMissed\""))).get("data");
            assertEquals("2027-01-06", missed.get("date").asText());
            assertEquals("2027-01-05", missed.get("deadline").asText());
            marker(events, projectId);
            assertEquals(List.of("MilestoneMissed"), announcements(events, projectId, goLive));
        }
    }

    @Test
    void aDoneMilestoneIsNotAnnounced() {
        String projectId = create(uniqueKey());
        String goLive = milestone(projectId, "Go-live");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\":\"DONE\",\"actualStart\":\"2027-01-04\",\"actualFinish\":\"2027-01-04\"}")
                .when().patch(tasks(projectId) + "/" + goLive).then().statusCode(200);
        try (var events = KafkaTestConsumer.fromEnd(TOPIC)) {
            job.runFor(Instant.parse("2027-01-02T06:00:00Z"), java.util.UUID.fromString(projectId));
            job.runFor(Instant.parse("2027-01-12T06:00:00Z"), java.util.UUID.fromString(projectId));
            marker(events, projectId);
            assertEquals(List.of(), announcements(events, projectId, goLive));
        }
    }
}
