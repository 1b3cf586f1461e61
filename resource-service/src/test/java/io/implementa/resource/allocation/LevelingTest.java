package io.implementa.resource.allocation;

import static io.implementa.resource.allocation.AllocationFixtures.PROBLEMS;
import static io.implementa.resource.allocation.AllocationFixtures.TOPIC;
import static io.implementa.resource.allocation.AllocationFixtures.allocate;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.resource.ProjectFeed;
import io.implementa.resource.ProjectFeed.Assignment;
import io.implementa.resource.ProjectFeed.Scheduled;
import io.implementa.resource.capacity.CapacityTest;
import io.implementa.resource.skill.SkillTest;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Leveling suggestions for over-allocations, and applying one; 2027-03-01 is a Monday. */
@QuarkusTest
class LevelingTest {

    @Inject
    ObjectMapper json;

    @Inject
    ProjectFeed feed;

    private Predicate<ConsumerRecord<String, String>> ofType(String key, String type) {
        return record -> {
            try {
                return key.equals(record.key()) && json.readTree(record.value()).get("type").asText().equals(type);
            } catch (Exception e) {
                return false;
            }
        };
    }

    static void grant(String person, String skill, int level) {
        given().contentType(ContentType.JSON).body("{\"level\":%d}".formatted(level))
                .when().put("/api/v1/resources/{id}/skills/{skillId}", person, skill).then().statusCode(200);
    }

    static String onlyEpisode(String person) {
        return given().when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200).body("", hasSize(1)).extract().path("[0].episodeId");
    }

    /**
     * The scenario: two projects overload one person; the over-allocation is announced; the skills
     * catalogue suggests a qualified colleague with free time (not an unqualified free one, nor a qualified
     * busy one); handing the work over through the allocation API resolves the over-allocation.
     */
    @Test
    void twoProjectsOverloadAPersonAndAQualifiedColleagueResolvesIt() throws Exception {
        String sapName = "SAP FI " + UUID.randomUUID().toString().substring(0, 6);
        String sap = SkillTest.createSkill(sapName, "ERP");
        String overloaded = CapacityTest.createPerson();
        String colleague = CapacityTest.createPerson();
        String novice = CapacityTest.createPerson();
        String busy = CapacityTest.createPerson();
        String unqualified = CapacityTest.createPerson();
        grant(overloaded, sap, 4);
        grant(colleague, sap, 4);
        grant(novice, sap, 2);
        grant(busy, sap, 5);
        allocate(busy, UUID.randomUUID(), "2027-03-01", "2027-03-31", "\"percent\":100", "HARD");
        UUID rollout = UUID.randomUUID();
        UUID migration = UUID.randomUUID();
        String episode;
        String handedOver;
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            allocate(overloaded, rollout, "2027-03-01", "2027-03-31", "\"percent\":70", "HARD");
            handedOver = allocate(overloaded, migration, "2027-03-15", "2027-03-26", "\"hoursPerDay\":4", "HARD");
            JsonNode detected = json.readTree(events.awaitRecord(
                    ofType(overloaded, "io.implementa.resource.OverAllocationDetected")).value()).get("data");
            assertEquals("2027-03-15", detected.get("startDate").asText());
            assertEquals("2027-03-26", detected.get("endDate").asText());
            assertEquals(2, detected.get("projects").size());
            episode = detected.get("episodeId").asText();
        }
        JsonPath suggestions = given()
                .when().get("/api/v1/resources/{id}/over-allocations/{episodeId}/suggestions", overloaded, episode)
                .then().statusCode(200)
                .body("episodeId", equalTo(episode))
                .body("suggestions.toResourceId", hasItem(colleague))
                .body("suggestions.toResourceId", not(hasItem(novice)))
                .body("suggestions.toResourceId", not(hasItem(unqualified)))
                .body("suggestions.toResourceId", not(hasItem(busy)))
                .extract().jsonPath();
        String prefix = "suggestions.find { it.toResourceId == '" + colleague + "' && it.allocationId == '"
                + handedOver + "' }.";
        assertEquals("REASSIGN", suggestions.getString(prefix + "kind"));
        assertEquals(true, suggestions.getBoolean(prefix + "resolves"));
        assertEquals(40.0f, suggestions.getFloat(prefix + "hoursToMove"));
        assertEquals(40.0f, suggestions.getFloat(prefix + "availableHours"));
        assertEquals(List.of(sapName), suggestions.getList(prefix + "matchingSkills"));

        // Applying it: the migration work goes to the colleague through the ordinary allocation API.
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().when().delete("/api/v1/allocations/{allocationId}", handedOver).then().statusCode(200);
            allocate(colleague, migration, "2027-03-15", "2027-03-26", "\"hoursPerDay\":4", "HARD");
            JsonNode resolved = json.readTree(events.awaitRecord(
                    ofType(overloaded, "io.implementa.resource.OverAllocationResolved")).value()).get("data");
            assertEquals(episode, resolved.get("episodeId").asText());
        }
        given().when().get("/api/v1/resources/{id}/over-allocations", overloaded)
                .then().statusCode(200).body("", hasSize(0));
        given().when().get("/api/v1/resources/{id}/over-allocations", colleague)
                .then().statusCode(200).body("", hasSize(0));
        given().when().get("/api/v1/resources/{id}/over-allocations/{episodeId}/suggestions", overloaded, episode)
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "over-allocation-resolved"));
    }

    @Test
    void nonCriticalTaskIsSuggestedToMoveWithinItsFloat() throws Exception {
        String person = CapacityTest.createPerson();
        LocalDate monday = LocalDate.parse("2027-03-01");
        Assignment critical = new Assignment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Cut-over",
                UUID.fromString(person), new BigDecimal("60"), null, monday, monday.plusDays(4), true);
        Assignment slack = new Assignment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Training",
                UUID.fromString(person), new BigDecimal("60"), null, monday.plusDays(3), monday.plusDays(9), false);
        feed.assignmentAdded(critical);
        feed.scheduleRecomputed(slack.projectId(), List.of(Scheduled.of(slack.taskId(), monday.plusDays(3),
                monday.plusDays(9), false, 5)), List.of());
        feed.assignmentAdded(slack);
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given()
                .when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200).body("", hasSize(1)).body("[0].startDate", equalTo("2027-03-04")));
        String episode = onlyEpisode(person);
        given().when().get("/api/v1/resources/{id}/over-allocations/{episodeId}/suggestions", person, episode)
                .then().statusCode(200)
                .body("suggestions.findAll { it.kind == 'SHIFT' }.taskId", contains(slack.taskId().toString()))
                .body("suggestions.find { it.kind == 'SHIFT' }.shiftWorkingDays", equalTo(2))
                .body("suggestions.find { it.kind == 'SHIFT' }.newStartDate", equalTo("2027-03-08"))
                .body("suggestions.find { it.kind == 'SHIFT' }.resolves", equalTo(true));
        // The project-service moves the task; the over-allocation goes with it.
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            feed.scheduleRecomputed(slack.projectId(), List.of(Scheduled.of(slack.taskId(), monday.plusDays(7),
                    monday.plusDays(13), false, 3)), List.of());
            events.awaitRecord(ofType(person, "io.implementa.resource.OverAllocationResolved"));
        }
    }

    @Test
    void suggestionsForAnotherResourcesEpisodeAre404() {
        String person = CapacityTest.createPerson();
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-05", "\"percent\":80", "HARD");
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-05", "\"percent\":80", "HARD");
        given().when().get("/api/v1/resources/{id}/over-allocations/{episodeId}/suggestions",
                        CapacityTest.createPerson(), onlyEpisode(person))
                .then().statusCode(404);
    }
}
