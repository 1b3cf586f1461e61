package io.implementa.resource.allocation;

import static io.implementa.resource.allocation.AllocationFixtures.TOPIC;
import static io.implementa.resource.allocation.AllocationFixtures.allocate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.resource.capacity.CapacityTest;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Utilisation and over-allocation of people across projects; 2027-03-01 is a Monday. */
@QuarkusTest
class OverAllocationTest {

    @Inject
    ObjectMapper json;

    private Predicate<ConsumerRecord<String, String>> ofType(String key, String type) {
        return record -> {
            try {
                return key.equals(record.key()) && json.readTree(record.value()).get("type").asText().equals(type);
            } catch (Exception e) {
                return false;
            }
        };
    }

    @Test
    void utilisationSumsHardAndSoftBookingsPerWeek() {
        String person = CapacityTest.createPerson();
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-14", "\"percent\":50", "HARD");
        allocate(person, UUID.randomUUID(), "2027-03-08", "2027-03-14", "\"hoursPerDay\":2", "SOFT");
        given().queryParam("from", "2027-03-01").queryParam("to", "2027-03-14").queryParam("granularity", "WEEK")
                .when().get("/api/v1/resources/{id}/utilisation", person)
                .then().statusCode(200)
                .body("periods.start", contains("2027-03-01", "2027-03-08"))
                .body("periods.capacityHours", contains(40.0f, 40.0f))
                .body("periods.hardHours", contains(20.0f, 20.0f))
                .body("periods.softHours", contains(0.0f, 10.0f))
                .body("periods.utilisationPercent", contains(50.0f, 50.0f))
                .body("periods.overAllocated", contains(false, false));
    }

    @Test
    void utilisationHasNoPercentWithoutCapacity() {
        given().queryParam("from", "2027-03-06").queryParam("to", "2027-03-07").queryParam("granularity", "DAY")
                .when().get("/api/v1/resources/{id}/utilisation", CapacityTest.createPerson())
                .then().statusCode(200)
                .body("periods.utilisationPercent", contains(nullValue(), nullValue()));
    }

    @Test
    void utilisationWindowBeyondTwoYearsIs422() {
        given().queryParam("from", "2027-01-01").queryParam("to", "2030-01-01")
                .when().get("/api/v1/resources/{id}/utilisation", CapacityTest.createPerson())
                .then().statusCode(422);
    }

    @Test
    void twoProjectsOverloadingAPersonAreAnnouncedOnceWithItsManager() throws Exception {
        String person = CapacityTest.createPerson();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            allocate(person, first, "2027-03-01", "2027-03-31", "\"percent\":60", "HARD");
            String overlapping = allocate(person, second, "2027-03-15", "2027-04-30", "\"hoursPerDay\":4", "HARD");
            JsonNode event = json.readTree(events.awaitRecord(
                    ofType(person, "io.implementa.resource.OverAllocationDetected")).value());
            JsonNode data = event.get("data");
            assertEquals(person, data.get("resourceId").asText());
            assertEquals("boss@example.com", data.get("manager").get("email").asText());
            assertEquals("2027-03-15", data.get("startDate").asText());
            assertEquals("2027-03-31", data.get("endDate").asText());
            Set<String> projects = new HashSet<>();
            data.get("projects").forEach(p -> projects.add(p.get("projectId").asText()));
            assertEquals(Set.of(first.toString(), second.toString()), projects);
            assertFalse(data.get("projects").get(0).get("critical").asBoolean());
            assertEquals(2, data.get("allocations").size());

            // A change that keeps the overload re-checks without announcing it again.
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"note\":\"still here\"}")
                    .when().patch("/api/v1/allocations/{allocationId}", overlapping).then().statusCode(200);
            given().when().delete("/api/v1/allocations/{allocationId}", overlapping).then().statusCode(200);
            events.awaitRecord(ofType(person, "io.implementa.resource.OverAllocationResolved"));
            List<ConsumerRecord<String, String>> detected = events.records().stream()
                    .filter(ofType(person, "io.implementa.resource.OverAllocationDetected")).toList();
            assertEquals(1, detected.size());
        }
    }

    @Test
    void openOverAllocationsNameTheOverlappingAllocations() {
        String person = CapacityTest.createPerson();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String a = allocate(person, first, "2027-03-01", "2027-03-12", "\"hoursPerDay\":6", "HARD");
        String b = allocate(person, second, "2027-03-08", "2027-03-19", "\"hoursPerDay\":6", "HARD");
        given().when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].startDate", equalTo("2027-03-08"))
                .body("[0].endDate", equalTo("2027-03-12"))
                .body("[0].allocationIds", containsInAnyOrder(a, b))
                .body("[0].projectIds", containsInAnyOrder(first.toString(), second.toString()));
        given().queryParam("from", "2027-03-08").queryParam("to", "2027-03-14").queryParam("granularity", "WEEK")
                .when().get("/api/v1/resources/{id}/utilisation", person)
                .then().statusCode(200)
                .body("periods[0].hardHours", equalTo(60.0f))
                .body("periods[0].utilisationPercent", equalTo(150.0f))
                .body("periods[0].overAllocated", equalTo(true));
    }

    @Test
    void shorteningAnAllocationResolvesTheOverAllocation() throws Exception {
        String person = CapacityTest.createPerson();
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-12", "\"percent\":100", "HARD");
        String b = allocate(person, UUID.randomUUID(), "2027-03-10", "2027-03-19", "\"percent\":50", "HARD");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"startDate\":\"2027-03-15\"}")
                    .when().patch("/api/v1/allocations/{allocationId}", b).then().statusCode(200);
            JsonNode data = json.readTree(events.awaitRecord(
                    ofType(person, "io.implementa.resource.OverAllocationResolved")).value()).get("data");
            assertEquals("2027-03-10", data.get("startDate").asText());
            assertEquals("2027-03-12", data.get("endDate").asText());
        }
        given().when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void softAllocationsNeverOverAllocate() {
        String person = CapacityTest.createPerson();
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-12", "\"percent\":100", "HARD");
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-12", "\"percent\":100", "SOFT");
        given().when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void hoursBookedOnWorkingDaysDoNotOverloadWeekends() {
        String person = CapacityTest.createPerson();
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-14", "\"hoursPerDay\":8", "HARD");
        given().when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void partDayAbsenceOverloadsAFullyBookedDay() {
        String person = CapacityTest.createPerson();
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-12", "\"hoursPerDay\":8", "HARD");
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"TRAINING\",\"startDate\":\"2027-03-03\",\"endDate\":\"2027-03-03\",\"hoursPerDay\":4}")
                .when().post("/api/v1/resources/{id}/absences", person).then().statusCode(201);
        given().when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].startDate", equalTo("2027-03-01"))
                .body("[0].endDate", equalTo("2027-03-12"));
    }

    @Test
    void shorterWorkingWeekOverloadsAPercentBookingAboveIt() {
        String person = CapacityTest.createPerson();
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-05", "\"hoursPerDay\":7", "HARD");
        given().when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200).body("", hasSize(0));
        given().contentType(ContentType.JSON)
                .body("{\"monday\":6,\"tuesday\":6,\"wednesday\":6,\"thursday\":6,\"friday\":6,\"saturday\":0,\"sunday\":0}")
                .when().put("/api/v1/resources/{id}/working-calendar", person).then().statusCode(200);
        given().when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200).body("", hasSize(1));
    }
}
