package io.implementa.resource.allocation;

import static io.implementa.resource.allocation.AllocationFixtures.PROBLEMS;
import static io.implementa.resource.allocation.AllocationFixtures.TOPIC;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.resource.ProjectFeed;
import io.implementa.resource.ProjectFeed.Assignment;
import io.implementa.resource.ProjectFeed.Scheduled;
import io.implementa.resource.capacity.CapacityTest;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Task allocations derived from the project-service's assignment and schedule events; 2027-03-01 is a Monday. */
@QuarkusTest
class TaskAllocationTest {

    static final LocalDate MONDAY = LocalDate.parse("2027-03-01");

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    static Assignment assignment(String resource, UUID project, BigDecimal units, BigDecimal workHours,
            LocalDate start, LocalDate finish, boolean critical) {
        return new Assignment(project, UUID.randomUUID(), UUID.randomUUID(), "Migrate vendors",
                UUID.fromString(resource), units, workHours, start, finish, critical);
    }

    /** The allocation of the task, once the event has been applied. */
    static ValidatableResponse awaitTaskAllocation(String resource, UUID taskId, String status) {
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given()
                .queryParam("resourceId", resource).queryParam("status", status)
                .when().get("/api/v1/allocations")
                .then().statusCode(200).body("items.findAll { it.taskId == '" + taskId + "' }", hasSize(1)));
        return given().queryParam("resourceId", resource).queryParam("status", status)
                .when().get("/api/v1/allocations").then().statusCode(200);
    }

    private Predicate<ConsumerRecord<String, String>> ofType(String type, Predicate<JsonNode> data) {
        return record -> {
            try {
                JsonNode event = json.readTree(record.value());
                return event.get("type").asText().equals(type) && data.test(event.get("data"));
            } catch (Exception e) {
                return false;
            }
        };
    }

    @Test
    void assignmentAtUnitsBecomesAHardTaskAllocationOverTheTasksDates() throws Exception {
        String person = CapacityTest.createPerson();
        Assignment a = assignment(person, UUID.randomUUID(), new BigDecimal("50"), null, MONDAY,
                MONDAY.plusDays(11), true);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            feed.assignmentAdded(a);
            String path = "items.find { it.taskId == '" + a.taskId() + "' }.";
            awaitTaskAllocation(person, a.taskId(), "ACTIVE")
                    .body(path + "projectId", equalTo(a.projectId().toString()))
                    .body(path + "startDate", equalTo("2027-03-01"))
                    .body(path + "endDate", equalTo("2027-03-12"))
                    .body(path + "percent", equalTo(50.0f))
                    .body(path + "kind", equalTo("HARD"))
                    .body(path + "critical", equalTo(true));
            JsonNode created = json.readTree(events.awaitRecord(ofType("io.implementa.resource.AllocationCreated",
                    d -> d.get("taskId").asText().equals(a.taskId().toString()))).value());
            assertEquals(a.projectId().toString(), created.get("data").get("projectId").asText());
        }
    }

    @Test
    void workHoursAreSpreadEvenlyOverTheResourcesWorkingDays() {
        String person = CapacityTest.createPerson();
        // 2027-03-01..10 has 8 working days: 40 hours are 5 hours a day.
        Assignment a = assignment(person, UUID.randomUUID(), null, new BigDecimal("40"), MONDAY, MONDAY.plusDays(9),
                false);
        feed.assignmentAdded(a);
        awaitTaskAllocation(person, a.taskId(), "ACTIVE")
                .body("items[0].hoursPerDay", equalTo(5.0f))
                .body("items[0].percent", equalTo(null));
    }

    @Test
    void recomputedScheduleMovesTheTaskAllocationAndKeepsItsFloat() {
        String person = CapacityTest.createPerson();
        Assignment a = assignment(person, UUID.randomUUID(), new BigDecimal("40"), null, MONDAY, MONDAY.plusDays(4),
                true);
        feed.assignmentAdded(a);
        awaitTaskAllocation(person, a.taskId(), "ACTIVE");
        feed.scheduleRecomputed(a.projectId(), List.of(Scheduled.of(a.taskId(), MONDAY.plusDays(7),
                MONDAY.plusDays(18), false, 3)), List.of());
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().queryParam("resourceId", person)
                .when().get("/api/v1/allocations")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].startDate", equalTo("2027-03-08"))
                .body("items[0].endDate", equalTo("2027-03-19"))
                .body("items[0].critical", equalTo(false))
                .body("items[0].totalFloat", equalTo(3))
                .body("items[0].version", equalTo(1)));
    }

    @Test
    void assignmentWithoutDatesWaitsForTheSchedule() {
        String person = CapacityTest.createPerson();
        Assignment a = assignment(person, UUID.randomUUID(), new BigDecimal("25"), null, null, null, false);
        feed.assignmentAdded(a);
        feed.scheduleRecomputed(a.projectId(), List.of(Scheduled.of(a.taskId(), MONDAY, MONDAY.plusDays(4), true, 0)),
                List.of());
        awaitTaskAllocation(person, a.taskId(), "ACTIVE")
                .body("items[0].startDate", equalTo("2027-03-01"))
                .body("items[0].endDate", equalTo("2027-03-05"))
                .body("items[0].critical", equalTo(true))
                .body("items[0].totalFloat", equalTo(0));
    }

    @Test
    void removedAssignmentReleasesItsTaskAllocation() throws Exception {
        String person = CapacityTest.createPerson();
        Assignment a = assignment(person, UUID.randomUUID(), new BigDecimal("50"), null, MONDAY, MONDAY.plusDays(4),
                false);
        feed.assignmentAdded(a);
        awaitTaskAllocation(person, a.taskId(), "ACTIVE");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            feed.assignmentRemoved(a);
            awaitTaskAllocation(person, a.taskId(), "RELEASED");
            events.awaitRecord(ofType("io.implementa.resource.AllocationReleased",
                    d -> d.get("taskId").asText().equals(a.taskId().toString())));
        }
    }

    @Test
    void removedTaskReleasesItsTaskAllocations() {
        String person = CapacityTest.createPerson();
        Assignment a = assignment(person, UUID.randomUUID(), new BigDecimal("50"), null, MONDAY, MONDAY.plusDays(4),
                false);
        feed.assignmentAdded(a);
        awaitTaskAllocation(person, a.taskId(), "ACTIVE");
        feed.scheduleRecomputed(a.projectId(), List.of(), List.of(a.taskId()));
        awaitTaskAllocation(person, a.taskId(), "RELEASED");
    }

    @Test
    void reassigningTheTaskMovesItsAllocationToTheOtherResource() {
        String first = CapacityTest.createPerson();
        String second = CapacityTest.createPerson();
        Assignment a = assignment(first, UUID.randomUUID(), new BigDecimal("50"), null, MONDAY, MONDAY.plusDays(4),
                false);
        feed.assignmentAdded(a);
        awaitTaskAllocation(first, a.taskId(), "ACTIVE");
        feed.assignmentChanged(a.withResource(UUID.fromString(second)));
        awaitTaskAllocation(second, a.taskId(), "ACTIVE");
        awaitTaskAllocation(first, a.taskId(), "RELEASED");
    }

    @Test
    void taskAllocationsAreNotChangedOverTheApi() {
        String person = CapacityTest.createPerson();
        Assignment a = assignment(person, UUID.randomUUID(), new BigDecimal("50"), null, MONDAY, MONDAY.plusDays(4),
                false);
        feed.assignmentAdded(a);
        String id = awaitTaskAllocation(person, a.taskId(), "ACTIVE").extract().path("items[0].id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"note\":\"mine now\"}")
                .when().patch("/api/v1/allocations/{allocationId}", id)
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "task-allocation"));
        given().when().delete("/api/v1/allocations/{allocationId}", id)
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "task-allocation"));
    }

    @Test
    void overAllocationByTasksNamesTheTasksAndWhichAreCritical() throws Exception {
        String person = CapacityTest.createPerson();
        Assignment critical = assignment(person, UUID.randomUUID(), new BigDecimal("60"), null, MONDAY,
                MONDAY.plusDays(11), true);
        Assignment slack = assignment(person, UUID.randomUUID(), new BigDecimal("60"), null, MONDAY.plusDays(7),
                MONDAY.plusDays(18), false);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            feed.assignmentAdded(critical);
            feed.assignmentAdded(slack);
            JsonNode data = json.readTree(events.awaitRecord(ofType("io.implementa.resource.OverAllocationDetected",
                    d -> d.get("resourceId").asText().equals(person))).value()).get("data");
            assertEquals("2027-03-08", data.get("startDate").asText());
            assertEquals("2027-03-12", data.get("endDate").asText());
            Map<String, Boolean> byTask = new HashMap<>();
            data.get("allocations").forEach(x -> byTask.put(x.get("taskId").asText(), x.get("critical").asBoolean()));
            assertEquals(Map.of(critical.taskId().toString(), true, slack.taskId().toString(), false), byTask);
            Map<String, Boolean> byProject = new HashMap<>();
            data.get("projects").forEach(x -> byProject.put(x.get("projectId").asText(),
                    x.get("critical").asBoolean()));
            assertEquals(Map.of(critical.projectId().toString(), true, slack.projectId().toString(), false),
                    byProject);
            // Moving the non-critical task after the critical one resolves it.
            feed.scheduleRecomputed(slack.projectId(), List.of(Scheduled.of(slack.taskId(), MONDAY.plusDays(14),
                    MONDAY.plusDays(25), false, 0)), List.of());
            JsonNode resolved = json.readTree(events.awaitRecord(ofType(
                    "io.implementa.resource.OverAllocationResolved",
                    d -> d.get("resourceId").asText().equals(person))).value()).get("data");
            assertTrue(resolved.get("allocations").size() == 2);
        }
    }
}
