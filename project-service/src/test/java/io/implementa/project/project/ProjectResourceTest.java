package io.implementa.project.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "project"))
public class ProjectResourceTest {

    static final String TOPIC = "implementa.project.events";

    @Inject
    ObjectMapper json;

    public static String uniqueKey() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    public static String projectJson(String key) {
        return """
                {"key":"%s","name":"ERP roll-out","description":"New ERP in all plants","type":"IMPLEMENTATION",
                 "sponsor":{"subject":"sub-sponsor","email":"sponsor@example.com","name":"Sam Sponsor"},
                 "manager":{"subject":"sub-manager","email":"manager@example.com","name":"Mia Manager"},
                 "plannedStart":"2027-01-04","plannedEnd":"2027-12-17"}
                """.formatted(key);
    }

    public static String create(String key) {
        return given().contentType(ContentType.JSON).body(projectJson(key))
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void proposesAProjectAndAnnouncesIt() throws Exception {
        String key = uniqueKey();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().contentType(ContentType.JSON).body(projectJson(key))
                    .when().post("/api/v1/projects")
                    .then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .header("ETag", "\"0\"")
                    .body("key", equalTo(key))
                    .body("status", equalTo("PROPOSED"))
                    .body("phase", equalTo("INITIATION"))
                    .body("manager.email", equalTo("manager@example.com"))
                    .body("createdAt", notNullValue())
                    .extract().path("id");

            ConsumerRecord<String, String> record = events.awaitRecord(KafkaTestConsumer.withKey(id));
            JsonNode event = json.readTree(record.value());
            assertEquals("io.implementa.project.ProjectCreated", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            assertEquals(key, event.get("data").get("projectKey").asText());
            assertEquals("sub-sponsor", event.get("data").get("sponsor").get("subject").asText());
            assertEquals("2027-01-04", event.get("data").get("plannedStart").asText());
        }
    }

    @Test
    void readsAProjectWithItsEtag() {
        String key = uniqueKey();
        String id = create(key);
        given().when().get("/api/v1/projects/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("key", equalTo(key))
                .body("plannedEnd", equalTo("2027-12-17"));
    }

    @Test
    void refusesADuplicateKey() {
        String key = uniqueKey();
        create(key);
        given().contentType(ContentType.JSON).body(projectJson(key))
                .when().post("/api/v1/projects")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/duplicate-key"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        String body = projectJson(uniqueKey()).replace("2027-12-17", "2026-12-17");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("plannedEnd"));
    }

    @Test
    void refusesServerOwnedFields() {
        String body = projectJson(uniqueKey()).replace("{\"key\"", "{\"status\":\"ACTIVE\",\"key\"");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void refusesAnInvalidKeyAndMissingPeople() {
        given().contentType(ContentType.JSON)
                .body("{\"key\":\"lower-case\",\"name\":\"x\",\"type\":\"OTHER\",\"plannedStart\":\"2027-01-01\",\"plannedEnd\":\"2027-02-01\"}")
                .when().post("/api/v1/projects")
                .then().statusCode(422)
                .body("errors.field", hasItem("key"))
                .body("errors.field", hasItem("sponsor"))
                .body("errors.field", hasItem("manager"));
    }

    @Test
    void changesAProjectWithIfMatchAndAnnouncesIt() throws Exception {
        String id = create(uniqueKey());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"name\":\"ERP roll-out, wave 1\",\"description\":null}")
                    .when().patch("/api/v1/projects/" + id)
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("name", equalTo("ERP roll-out, wave 1"))
                    .body("description", equalTo(null))
                    .body("type", equalTo("IMPLEMENTATION"));

            ConsumerRecord<String, String> record = events.awaitRecord(KafkaTestConsumer.withKey(id));
            JsonNode event = json.readTree(record.value());
            assertEquals("io.implementa.project.ProjectUpdated", event.get("type").asText());
            assertEquals("ERP roll-out, wave 1", event.get("data").get("name").asText());
        }
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"name\":\"stale\"}")
                .when().patch("/api/v1/projects/" + id)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"name\":null}")
                .when().patch("/api/v1/projects/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("name"));
        given().when().get("/api/v1/projects/" + id).then().body("name", equalTo("ERP roll-out, wave 1"));
    }

    @Test
    void unknownProjectIs404ForReadAndChange() {
        String id = UUID.randomUUID().toString();
        given().when().get("/api/v1/projects/" + id).then().statusCode(404)
                .body("detail", equalTo("project " + id + " was not found"));
        given().contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .when().patch("/api/v1/projects/" + id).then().statusCode(404);
    }

    @Test
    void listsProjectsFilteredByTextAndStatus() {
        String key = uniqueKey();
        create(key);
        given().queryParam("q", key.toLowerCase()).queryParam("status", "PROPOSED")
                .when().get("/api/v1/projects")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.key", everyItem(equalTo(key)))
                .body("totalItems", equalTo(1));
        given().queryParam("q", key).queryParam("status", "ACTIVE")
                .when().get("/api/v1/projects")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("sort", "-plannedStart,name").when().get("/api/v1/projects").then().statusCode(200);
        given().queryParam("status", "SOMETHING").when().get("/api/v1/projects").then().statusCode(400)
                .body("type", equalTo("https://implementa.io/problems/invalid-parameter"));
    }

    @Test
    void refusesAnOverlongNameNamingTheField() {
        String body = projectJson(uniqueKey()).replace("\"ERP roll-out\"", "\"" + "N".repeat(201) + "\"");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/validation"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("size must be between 0 and 200"));
    }

    @Test
    void refusesAPageOfMoreThan100() {
        given().queryParam("size", 101)
                .when().get("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        String body = projectJson(uniqueKey()).replace("New ERP in all plants", "x".repeat(1_100_000));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/payload-too-large"));
    }
}
