package io.implementa.resource.resource;

import static io.implementa.resource.resource.ResourceFixtures.PROBLEM;
import static io.implementa.resource.resource.ResourceFixtures.PROBLEMS;
import static io.implementa.resource.resource.ResourceFixtures.TOPIC;
import static io.implementa.resource.resource.ResourceFixtures.create;
import static io.implementa.resource.resource.ResourceFixtures.createPerson;
import static io.implementa.resource.resource.ResourceFixtures.equipmentJson;
import static io.implementa.resource.resource.ResourceFixtures.personJson;
import static io.implementa.resource.resource.ResourceFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// The infrastructure is declared here once and serves every test class of the module (one Quarkus boot).
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "resource"))
class ResourceCreationTest {

    @Inject
    ObjectMapper json;

    @Test
    void addsAPersonToThePool() {
        String subject = unique("sub");
        Response created = given().contentType(ContentType.JSON).body(personJson(subject, "Finance IT"))
                .when().post("/api/v1/resources")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("PERSON"))
                .body("name", equalTo("María López"))
                .body("status", equalTo("ACTIVE"))
                .body("person.subject", equalTo(subject))
                .body("person.email", equalTo(subject + "@example.com"))
                .body("role", equalTo("Data migration consultant"))
                .body("department", equalTo("Finance IT"))
                .body("manager.email", equalTo("manager@example.com"))
                .body("location", equalTo("Madrid"))
                .body("timeZone", equalTo("Europe/Madrid"))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0))
                .extract().response();
        String id = created.path("id");
        assertTrue(created.header("Location").matches("http://.+/api/v1/resources/" + id), created.header("Location"));
    }

    @Test
    void keepsRatesOldestFirstWithOvertimeDefaultingToTheStandardRate() {
        given().contentType(ContentType.JSON).body(personJson(unique("sub"), "Finance IT"))
                .when().post("/api/v1/resources")
                .then().statusCode(201)
                .body("costRates.effectiveFrom", contains("2027-01-01", "2028-01-01"))
                .body("costRates.currency", contains("EUR", "EUR"))
                .body("costRates.standardRate", contains(85.5f, 90f))
                .body("costRates.overtimeRate", contains(110.25f, 90f));
    }

    @Test
    void addsEquipmentWithoutAPerson() {
        given().contentType(ContentType.JSON).body(equipmentJson("Test server", "Infrastructure"))
                .when().post("/api/v1/resources")
                .then().statusCode(201)
                .body("kind", equalTo("EQUIPMENT"))
                .body("person", nullValue())
                .body("manager", nullValue())
                .body("costRates[0].currency", equalTo("USD"))
                .body("costRates[0].standardRate", equalTo(12f));
    }

    @Test
    void announcesANewResourceWithEveryFactConsumersNeed() throws Exception {
        String subject = unique("sub");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = create(personJson(subject, "Finance IT"));

            ConsumerRecord<String, String> record = events.awaitRecord(KafkaTestConsumer.withKey(id));
            JsonNode event = json.readTree(record.value());
            assertEquals("io.implementa.resource.ResourceCreated", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            assertEquals("/implementa/resource-service", event.get("source").asText());
            JsonNode data = event.get("data");
            assertEquals(id, data.get("resourceId").asText());
            assertEquals("PERSON", data.get("kind").asText());
            assertEquals("ACTIVE", data.get("status").asText());
            assertEquals(subject + "@example.com", data.get("person").get("email").asText());
            assertEquals("sub-manager", data.get("manager").get("subject").asText());
            assertEquals("manager@example.com", data.get("manager").get("email").asText());
            assertEquals("Mia Manager", data.get("manager").get("name").asText());
            assertEquals("Europe/Madrid", data.get("timeZone").asText());
            JsonNode firstRate = data.get("costRates").get(0);
            assertEquals("2027-01-01", firstRate.get("effectiveFrom").asText());
            assertEquals(85.5, firstRate.get("standardRate").asDouble());
            assertEquals(110.25, firstRate.get("overtimeRate").asDouble());
            assertEquals("EUR", firstRate.get("currency").asText());
            assertEquals(2, data.get("costRates").size());
        }
    }

    @Test
    void replaysACreationSentTwiceWithTheSameIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        String body = personJson(unique("sub"), "Finance IT");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/resources")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"0\"")
                .body("id", equalTo(first));
    }

    @Test
    void refusesASecondResourceForTheSamePerson() {
        String subject = unique("sub");
        String id = create(personJson(subject, "Finance IT"));
        given().contentType(ContentType.JSON).body(personJson(subject, "Sales IT"))
                .when().post("/api/v1/resources")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "duplicate-person"))
                .body("resourceId", equalTo(id));
    }

    @Test
    void refusesACurrencyThatIsNotIso4217() {
        String body = equipmentJson("Projector", "Facilities").replace("\"USD\"", "\"XYZ\"");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/resources")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", contains("costRates[0].currency"))
                .body("errors[0].message", equalTo("must be an ISO 4217 currency code such as EUR"));
    }

    @Test
    void refusesANegativeRate() {
        String body = equipmentJson("Projector", "Facilities").replace("\"standardRate\":12", "\"standardRate\":-1");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/resources")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("costRates[0].standardRate"));
    }

    @Test
    void refusesAPersonResourceWithoutAPerson() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"PERSON\",\"name\":\"Nobody\"}")
                .when().post("/api/v1/resources")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("person"))
                .body("errors[0].message", equalTo("is required for a PERSON resource"));
    }

    @Test
    void refusesAPersonOnEquipment() {
        String body = personJson(unique("sub"), "Finance IT").replace("\"kind\":\"PERSON\"", "\"kind\":\"EQUIPMENT\"");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/resources")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("person"))
                .body("errors[0].message", equalTo("must be absent for a EQUIPMENT resource"));
    }

    @Test
    void refusesATimeZoneThatIsNotAnIanaZoneId() {
        String body = personJson(unique("sub"), "Finance IT").replace("Europe/Madrid", "Europe/Atlantis");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/resources")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("timeZone"));
    }

    @Test
    void refusesTwoRatesFromTheSameDate() {
        String body = personJson(unique("sub"), "Finance IT").replace("2028-01-01", "2027-01-01");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/resources")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("costRates[1].effectiveFrom"))
                .body("errors[0].message", equalTo("must differ from costRates[0].effectiveFrom (2027-01-01)"));
    }

    @Test
    void namesEveryBrokenRuleAtOnce() {
        String body = personJson(unique("sub"), "Finance IT")
                .replace("Europe/Madrid", "Mars/Olympus")
                .replace("\"EUR\",\"effectiveFrom\":\"2028", "\"ABC\",\"effectiveFrom\":\"2028");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/resources")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("2 fields are invalid"))
                .body("errors.field", contains("costRates[0].currency", "timeZone"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "id", "status", "version" })
    void refusesServerOwnedFields(String field) {
        String value = field.equals("version") ? "3" : "\"" + UUID.randomUUID() + "\"";
        String body = equipmentJson("Projector", "Facilities").replaceFirst("\\{", "{\"" + field + "\":" + value + ",");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/resources")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "malformed-request"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void unknownResourceIs404Problem() {
        String id = UUID.randomUUID().toString();
        given().when().get("/api/v1/resources/" + id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("detail", equalTo("resource " + id + " was not found"));
    }

    @Test
    void readsAResourceWithItsEtag() {
        String id = createPerson();
        given().when().get("/api/v1/resources/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("costRates.size()", equalTo(2));
    }
}
