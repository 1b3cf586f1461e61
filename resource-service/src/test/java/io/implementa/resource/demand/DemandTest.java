package io.implementa.resource.demand;

import static io.implementa.resource.allocation.AllocationFixtures.allocate;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.resource.capacity.CapacityTest;
import io.implementa.resource.skill.SkillTest;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Resource requests by skill: candidates, shortfall and fulfilment. 2027-03-01 is a Monday. */
@QuarkusTest
public class DemandTest {

    static final String TOPIC = "implementa.resource.events";
    static final String PROBLEMS = "https://implementa.io/problems/";

    @Inject
    ObjectMapper json;

    static String newSkill() {
        return SkillTest.createSkill("Skill-" + UUID.randomUUID().toString().substring(0, 8), "Demand");
    }

    static void grant(String person, String skill, int level) {
        given().contentType(ContentType.JSON).body("{\"level\":" + level + "}")
                .when().put("/api/v1/resources/{id}/skills/{skillId}", person, skill)
                .then().statusCode(200);
    }

    public static String request(UUID project, String skill, int minLevel, String load) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"projectId":"%s","skillId":"%s","minLevel":%d,"startDate":"2027-03-01",
                         "endDate":"2027-03-31",%s,"priority":"HIGH"}""".formatted(project, skill, minLevel, load))
                .when().post("/api/v1/resource-requests")
                .then().statusCode(201)
                .extract().path("id");
    }

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
    void ranksFreeQualifiedPeopleFirst() {
        String skill = newSkill();
        String busyExpert = CapacityTest.createPerson();
        String freeIntermediate = CapacityTest.createPerson();
        grant(busyExpert, skill, 5);
        grant(freeIntermediate, skill, 3);
        allocate(busyExpert, UUID.randomUUID(), "2027-03-01", "2027-03-31", "\"percent\":100", "HARD");
        String request = request(UUID.randomUUID(), skill, 3, "\"percent\":50");
        given().when().get("/api/v1/resource-requests/{requestId}/candidates", request)
                .then().statusCode(200)
                .body("resourceId", contains(freeIntermediate, busyExpert))
                .body("availabilityPercent", contains(100.0f, 0.0f))
                .body("skillLevel", contains(3, 5))
                .body("[0].requestedHours", equalTo(92.0f))
                .body("[0].score", equalTo(0.8f));
    }

    @Test
    void leavesOutPeopleBelowTheMinimumLevel() {
        String skill = newSkill();
        String novice = CapacityTest.createPerson();
        String expert = CapacityTest.createPerson();
        grant(novice, skill, 2);
        grant(expert, skill, 4);
        String request = request(UUID.randomUUID(), skill, 3, "\"hoursPerDay\":4");
        given().when().get("/api/v1/resource-requests/{requestId}/candidates", request)
                .then().statusCode(200)
                .body("resourceId", contains(expert));
    }

    @Test
    void announcesAShortfallWhenNobodyIsFree() throws Exception {
        String skill = newSkill();
        String person = CapacityTest.createPerson();
        grant(person, skill, 4);
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-14", "\"percent\":100", "HARD");
        UUID project = UUID.randomUUID();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String request = request(project, skill, 3, "\"percent\":100");
            JsonNode event = json.readTree(events.awaitRecord(
                    ofType(project.toString(), "io.implementa.resource.CapacityShortfall")).value());
            assertEquals(request, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(1, data.get("candidates").asInt());
            assertEquals(56.52, data.get("bestAvailabilityPercent").asDouble(), 0.01); // 13 of March's 23 working days
            assertEquals(person, data.get("bestCandidateId").asText());
            assertEquals("HIGH", data.get("priority").asText());
        }
    }

    @Test
    void fulfillingARequestAllocatesThePerson() {
        String skill = newSkill();
        String person = CapacityTest.createPerson();
        grant(person, skill, 4);
        UUID project = UUID.randomUUID();
        String request = request(project, skill, 3, "\"hoursPerDay\":4");
        String allocation = given().contentType(ContentType.JSON).body("{\"resourceId\":\"" + person + "\"}")
                .when().post("/api/v1/resource-requests/{requestId}/fulfilment", request)
                .then().statusCode(200)
                .body("status", equalTo("FULFILLED"))
                .body("allocationId", notNullValue())
                .extract().path("allocationId");
        given().when().get("/api/v1/allocations/{allocationId}", allocation)
                .then().statusCode(200)
                .body("resourceId", equalTo(person))
                .body("projectId", equalTo(project.toString()))
                .body("hoursPerDay", equalTo(4.0f))
                .body("kind", equalTo("HARD"))
                .body("endDate", equalTo("2027-03-31"));
    }

    @Test
    void fulfillingTwiceIs409() {
        String skill = newSkill();
        String person = CapacityTest.createPerson();
        grant(person, skill, 4);
        String request = request(UUID.randomUUID(), skill, 3, "\"hoursPerDay\":2");
        given().contentType(ContentType.JSON).body("{\"resourceId\":\"" + person + "\"}")
                .when().post("/api/v1/resource-requests/{requestId}/fulfilment", request).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"resourceId\":\"" + person + "\"}")
                .when().post("/api/v1/resource-requests/{requestId}/fulfilment", request)
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "request-fulfilled"));
    }

    @Test
    void requestForAnUnknownSkillIs422() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"projectId":"%s","skillId":"%s","minLevel":3,"startDate":"2027-03-01",
                         "endDate":"2027-03-31","percent":50,"priority":"LOW"}""".formatted(UUID.randomUUID(),
                        UUID.randomUUID()))
                .when().post("/api/v1/resource-requests")
                .then().statusCode(422)
                .body("errors.field", contains("skillId"));
    }

    @Test
    void plainUserCannotRequest() {
        given().auth().oauth2(TestTokens.forUser("sub-plain-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body("{\"projectId\":\"" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/resource-requests")
                .then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    void listsAProjectsOpenRequests() {
        UUID project = UUID.randomUUID();
        String id = request(project, newSkill(), 1, "\"percent\":20");
        given().queryParam("projectId", project).queryParam("status", "OPEN")
                .when().get("/api/v1/resource-requests")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.id", contains(id));
    }

    /** Two projects overload one person; the catalogue suggests someone else; moving the work resolves it. */
    @Test
    void twoProjectsOverloadingAPersonAreResolvedByAnAlternativeFromTheCatalogue() throws Exception {
        String skill = newSkill();
        String priya = CapacityTest.createPerson();
        String tomas = CapacityTest.createPerson();
        grant(priya, skill, 5);
        grant(tomas, skill, 4);
        UUID erp = UUID.randomUUID();
        UUID crm = UUID.randomUUID();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            allocate(priya, erp, "2027-03-01", "2027-03-31", "\"percent\":80", "HARD");
            String crmWork = allocate(priya, crm, "2027-03-01", "2027-03-31", "\"percent\":50", "HARD");
            JsonNode detected = json.readTree(events.awaitRecord(
                    ofType(priya, "io.implementa.resource.OverAllocationDetected")).value()).get("data");
            assertEquals(2, detected.get("projects").size());
            assertEquals("boss@example.com", detected.get("manager").get("email").asText());

            String request = request(crm, skill, 4, "\"percent\":50");
            given().when().get("/api/v1/resource-requests/{requestId}/candidates", request)
                    .then().statusCode(200)
                    .body("[0].resourceId", equalTo(tomas))
                    .body("[0].availabilityPercent", equalTo(100.0f));

            given().when().delete("/api/v1/allocations/{allocationId}", crmWork).then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"resourceId\":\"" + tomas + "\"}")
                    .when().post("/api/v1/resource-requests/{requestId}/fulfilment", request)
                    .then().statusCode(200);
            JsonNode resolved = json.readTree(events.awaitRecord(
                    ofType(priya, "io.implementa.resource.OverAllocationResolved")).value()).get("data");
            assertEquals(detected.get("episodeId").asText(), resolved.get("episodeId").asText());
        }
        given().when().get("/api/v1/resources/{id}/over-allocations", priya)
                .then().statusCode(200).body("size()", equalTo(0));
        given().when().get("/api/v1/resources/{id}/over-allocations", tomas)
                .then().statusCode(200).body("size()", equalTo(0));
    }
}
