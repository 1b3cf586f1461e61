package io.implementa.resource.resource;

import static io.implementa.resource.resource.ResourceFixtures.PROBLEM;
import static io.implementa.resource.resource.ResourceFixtures.PROBLEMS;
import static io.implementa.resource.resource.ResourceFixtures.TOPIC;
import static io.implementa.resource.resource.ResourceFixtures.create;
import static io.implementa.resource.resource.ResourceFixtures.createPerson;
import static io.implementa.resource.resource.ResourceFixtures.personJson;
import static io.implementa.resource.resource.ResourceFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResourceChangeTest {

    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    ObjectMapper json;

    @Test
    void changesAResourceWithIfMatch() {
        String id = createPerson();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("""
                        {"role":"Solution architect","location":null,
                         "manager":{"subject":"sub-new-manager","email":"new.manager@example.com","name":"Nia New"}}
                        """)
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("role", equalTo("Solution architect"))
                .body("location", nullValue())
                .body("manager.email", equalTo("new.manager@example.com"))
                .body("timeZone", equalTo("Europe/Madrid"))
                .body("costRates.size()", equalTo(2));
    }

    @Test
    void announcesAChangeWithTheWholeNewState() throws Exception {
        String id = createPerson();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                    .body("{\"manager\":{\"subject\":\"sub-boss\",\"email\":\"boss@example.com\",\"name\":\"Bo Boss\"}}")
                    .when().patch("/api/v1/resources/" + id)
                    .then().statusCode(200);

            ConsumerRecord<String, String> record = events.awaitRecord(KafkaTestConsumer.withKey(id));
            JsonNode event = json.readTree(record.value());
            assertEquals("io.implementa.resource.ResourceUpdated", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals("boss@example.com", data.get("manager").get("email").asText());
            assertEquals("Bo Boss", data.get("manager").get("name").asText());
            assertEquals(1, data.get("version").asLong());
            assertEquals("María López", data.get("name").asText());
            assertEquals(2, data.get("costRates").size());
        }
    }

    @Test
    void replacesTheWholeRateListWhenRatesChange() {
        String id = createPerson();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"costRates\":[{\"standardRate\":70,\"overtimeRate\":95,\"currency\":\"GBP\",\"effectiveFrom\":\"2029-01-01\"}]}")
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("costRates.effectiveFrom", contains("2029-01-01"))
                .body("costRates.currency", contains("GBP"));
        given().when().get("/api/v1/resources/" + id)
                .then().body("costRates.effectiveFrom", contains("2029-01-01"));
    }

    @Test
    void keepsTheVersionWhenAChangeChangesNothing() {
        String id = createPerson();
        // The same values as stored, rates in another order and with other trailing zeros.
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("""
                        {"name":"María López","costRates":[
                          {"standardRate":85.50,"overtimeRate":110.250,"currency":"EUR","effectiveFrom":"2027-01-01"},
                          {"standardRate":90.0,"currency":"EUR","effectiveFrom":"2028-01-01"}]}
                        """)
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"");
    }

    @Test
    void refusesAChangeWithoutIfMatch() {
        String id = createPerson();
        given().contentType(MERGE_PATCH).body("{\"role\":\"Architect\"}")
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
    }

    @Test
    void refusesAChangeWithAStaleIfMatch() {
        String id = createPerson();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"role\":\"Architect\"}")
                .when().patch("/api/v1/resources/" + id).then().statusCode(200);
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"role\":\"Stale\"}")
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        given().when().get("/api/v1/resources/" + id).then().body("role", equalTo("Architect"));
    }

    @Test
    void refusesToRemoveThePersonOfAPersonResource() {
        String id = createPerson();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"person\":null}")
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("person"));
    }

    @Test
    void refusesNullForTheRequiredName() {
        String id = createPerson();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"name\":null}")
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("name"));
    }

    @Test
    void refusesDuplicateRateDatesInAChange() {
        String id = createPerson();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("""
                        {"costRates":[{"standardRate":1,"currency":"EUR","effectiveFrom":"2029-01-01"},
                                      {"standardRate":2,"currency":"EUR","effectiveFrom":"2029-01-01"}]}
                        """)
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("costRates[1].effectiveFrom"));
    }

    @Test
    void refusesToChangeTheKind() {
        String id = createPerson();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"kind\":\"EQUIPMENT\"}")
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void refusesToGiveAResourceAPersonWhoIsInThePoolAlready() {
        String taken = unique("sub");
        create(personJson(taken, "Finance IT"));
        String id = createPerson();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"person\":{\"subject\":\"%s\",\"email\":\"x@example.com\",\"name\":\"X\"}}".formatted(taken))
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "duplicate-person"));
    }

    @Test
    void deactivatesAResourceAndAnnouncesIt() throws Exception {
        String id = createPerson();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().when().post("/api/v1/resources/" + id + "/deactivation")
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("status", equalTo("INACTIVE"));

            ConsumerRecord<String, String> record = events.awaitRecord(KafkaTestConsumer.withKey(id));
            JsonNode event = json.readTree(record.value());
            assertEquals("io.implementa.resource.ResourceDeactivated", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            assertEquals("INACTIVE", event.get("data").get("status").asText());
            assertEquals("manager@example.com", event.get("data").get("manager").get("email").asText());
        }
        given().when().get("/api/v1/resources/" + id).then().body("status", equalTo("INACTIVE"));
    }

    @Test
    void refusesToDeactivateAnInactiveResource() {
        String id = createPerson();
        given().when().post("/api/v1/resources/" + id + "/deactivation").then().statusCode(200);
        given().when().post("/api/v1/resources/" + id + "/deactivation")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "resource-inactive"))
                .body("detail", equalTo("resource " + id + " is already inactive"));
    }

    @Test
    void unknownResourceIs404ForChangeAndDeactivation() {
        String id = UUID.randomUUID().toString();
        given().contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"role\":\"x\"}")
                .when().patch("/api/v1/resources/" + id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("resource " + id + " was not found"));
        given().when().post("/api/v1/resources/" + id + "/deactivation")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }
}
