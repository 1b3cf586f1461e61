package io.implementa.resource.allocation;

import static io.implementa.resource.allocation.AllocationFixtures.TOPIC;
import static io.implementa.resource.allocation.AllocationFixtures.allocate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.resource.capacity.CapacityTest;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deactivating a resource takes it off its future work. */
@QuarkusTest
class DeactivationTest {

    @Inject
    ObjectMapper json;

    @Test
    void deactivatingAResourceReleasesItsFutureAllocations() throws Exception {
        String person = CapacityTest.createPerson();
        String first = allocate(person, UUID.randomUUID(), "2030-03-01", "2030-03-31", "\"percent\":50", "HARD");
        String second = allocate(person, UUID.randomUUID(), "2030-04-01", "2030-04-30", "\"hoursPerDay\":2", "SOFT");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().when().post("/api/v1/resources/{id}/deactivation", person)
                    .then().statusCode(200).body("status", equalTo("INACTIVE"));
            Set<String> released = new HashSet<>();
            for (var record : events.awaitRecords(record -> {
                try {
                    JsonNode e = json.readTree(record.value());
                    return e.get("type").asText().equals("io.implementa.resource.AllocationReleased")
                            && e.get("data").get("resourceId").asText().equals(person);
                } catch (Exception e) {
                    return false;
                }
            }, 2)) {
                released.add(json.readTree(record.value()).get("data").get("allocationId").asText());
            }
            assertEquals(Set.of(first, second), released);
        }
        given().when().get("/api/v1/allocations/{allocationId}", first)
                .then().statusCode(200).body("status", equalTo("RELEASED"));
    }
}
