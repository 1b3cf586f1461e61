package io.implementa.resource.allocation;

import static io.implementa.resource.allocation.AllocationFixtures.PROBLEMS;
import static io.implementa.resource.allocation.AllocationFixtures.TOPIC;
import static io.implementa.resource.allocation.AllocationFixtures.allocate;
import static io.implementa.resource.allocation.AllocationFixtures.allocationJson;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.people.PersonRef;
import io.implementa.resource.ProjectFeed;
import io.implementa.resource.capacity.CapacityTest;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AllocationTest {

    @Inject
    ObjectMapper json;

    @Inject
    ProjectFeed feed;

    @Test
    void allocatesAResourceToAProject() {
        String person = CapacityTest.createPerson();
        UUID project = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(allocationJson(person, project, "2027-03-01", "2027-03-31", "\"percent\":50", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/allocations/"))
                .body("resourceId", equalTo(person))
                .body("projectId", equalTo(project.toString()))
                .body("percent", equalTo(50))
                .body("hoursPerDay", nullValue())
                .body("kind", equalTo("HARD"))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void announcesTheAllocationKeyedByItsProject() throws Exception {
        String person = CapacityTest.createPerson();
        UUID project = UUID.randomUUID();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = allocate(person, project, "2027-03-01", "2027-03-31", "\"hoursPerDay\":4", "SOFT");
            JsonNode event = json.readTree(events.awaitRecord(KafkaTestConsumer.withKey(project.toString())).value());
            assertEquals("io.implementa.resource.AllocationCreated", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(person, data.get("resourceId").asText());
            assertEquals("Cap Person", data.get("resourceName").asText());
            assertEquals("2027-03-31", data.get("endDate").asText());
            assertEquals(4, data.get("hoursPerDay").asInt());
            assertEquals("SOFT", data.get("kind").asText());
        }
    }

    @Test
    void refusesBothPercentAndHours() {
        given().contentType(ContentType.JSON)
                .body(allocationJson(CapacityTest.createPerson(), UUID.randomUUID(), "2027-03-01", "2027-03-31",
                        "\"percent\":50,\"hoursPerDay\":4", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(422)
                .body("errors.field", contains("percent"));
    }

    @Test
    void refusesAnAllocationLongerThanTwoYears() {
        given().contentType(ContentType.JSON)
                .body(allocationJson(CapacityTest.createPerson(), UUID.randomUUID(), "2027-03-01", "2029-03-02",
                        "\"percent\":50", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(422)
                .body("errors.field", contains("endDate"));
    }

    @Test
    void refusesAPercentAboveOneHundred() {
        given().contentType(ContentType.JSON)
                .body(allocationJson(CapacityTest.createPerson(), UUID.randomUUID(), "2027-03-01", "2027-03-02",
                        "\"percent\":120", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "validation"));
    }

    @Test
    void unknownResourceIs422() {
        given().contentType(ContentType.JSON)
                .body(allocationJson(UUID.randomUUID().toString(), UUID.randomUUID(), "2027-03-01", "2027-03-02",
                        "\"percent\":20", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(422)
                .body("errors.field", contains("resourceId"));
    }

    @Test
    void listsAProjectsAllocationsOverlappingARange() {
        UUID project = UUID.randomUUID();
        String person = CapacityTest.createPerson();
        allocate(person, project, "2027-01-04", "2027-01-29", "\"percent\":20", "HARD");
        String later = allocate(person, project, "2027-05-03", "2027-05-28", "\"percent\":20", "SOFT");
        given().queryParam("projectId", project).queryParam("from", "2027-04-01")
                .when().get("/api/v1/allocations")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.id", contains(later));
    }

    @Test
    void changesAnAllocationWithIfMatch() {
        String id = allocate(CapacityTest.createPerson(), UUID.randomUUID(), "2027-03-01", "2027-03-31",
                "\"percent\":50", "SOFT");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"hoursPerDay\":6,\"kind\":\"HARD\",\"endDate\":\"2027-04-30\"}")
                .when().patch("/api/v1/allocations/{allocationId}", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("hoursPerDay", equalTo(6))
                .body("percent", nullValue())
                .body("kind", equalTo("HARD"))
                .body("endDate", equalTo("2027-04-30"));
    }

    @Test
    void staleIfMatchIs412() {
        String id = allocate(CapacityTest.createPerson(), UUID.randomUUID(), "2027-03-01", "2027-03-31",
                "\"percent\":50", "SOFT");
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{\"note\":\"late\"}")
                .when().patch("/api/v1/allocations/{allocationId}", id)
                .then().statusCode(412);
    }

    @Test
    void releasesAnAllocationOnce() {
        String id = allocate(CapacityTest.createPerson(), UUID.randomUUID(), "2027-03-01", "2027-03-31",
                "\"percent\":50", "HARD");
        given().when().delete("/api/v1/allocations/{allocationId}", id)
                .then().statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("releasedAt", org.hamcrest.Matchers.notNullValue());
        given().when().delete("/api/v1/allocations/{allocationId}", id)
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "allocation-released"));
    }

    @Test
    void inactiveResourceTakesNoAllocations() {
        String person = CapacityTest.createPerson();
        given().when().post("/api/v1/resources/{id}/deactivation", person).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(allocationJson(person, UUID.randomUUID(), "2027-03-01", "2027-03-02", "\"percent\":20", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "resource-inactive"));
    }

    @Test
    void plainUserCannotAllocate() {
        given().auth().oauth2(TestTokens.forUser("sub-plain-" + UUID.randomUUID())).contentType(ContentType.JSON)
                .body(allocationJson(CapacityTest.createPerson(), UUID.randomUUID(), "2027-03-01", "2027-03-02",
                        "\"percent\":20", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    void projectManagerAllocatesToTheirProject() {
        UUID project = UUID.randomUUID();
        PersonRef manager = ProjectFeed.newPerson("manager");
        feed.memberAdded(project, manager, "MANAGER");
        String person = CapacityTest.createPerson();
        String token = TestTokens.forUser(manager.subject());
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(allocationJson(person, project, "2027-03-01", "2027-03-02", "\"percent\":20", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(201));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(allocationJson(person, UUID.randomUUID(), "2027-03-01", "2027-03-02", "\"percent\":20", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(403);
    }

    @Test
    void projectMemberWhoIsNotItsManagerCannotAllocate() {
        UUID project = UUID.randomUUID();
        PersonRef member = ProjectFeed.newPerson("contributor");
        feed.memberAdded(project, member, "CONTRIBUTOR");
        PersonRef manager = ProjectFeed.newPerson("manager");
        feed.memberAdded(project, manager, "MANAGER");
        String person = CapacityTest.createPerson();
        // Events of one project apply in order: once the manager may allocate, the contributor is known too.
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.forUser(manager.subject()))
                .contentType(ContentType.JSON)
                .body(allocationJson(person, project, "2027-03-01", "2027-03-02", "\"percent\":20", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(201));
        given().auth().oauth2(TestTokens.forUser(member.subject())).contentType(ContentType.JSON)
                .body(allocationJson(person, project, "2027-03-03", "2027-03-04", "\"percent\":20", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(403)
                .body("detail", containsString("MANAGER"));
    }

    @Test
    void everyoneReadsAllocations() {
        String id = allocate(CapacityTest.createPerson(), UUID.randomUUID(), "2027-03-01", "2027-03-31",
                "\"percent\":50", "HARD");
        given().auth().oauth2(TestTokens.forUser("sub-reader-" + UUID.randomUUID()))
                .when().get("/api/v1/allocations/{allocationId}", id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id));
    }

    @Test
    void filtersByStatus() {
        String person = CapacityTest.createPerson();
        String released = allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-31", "\"percent\":10", "HARD");
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-31", "\"percent\":10", "HARD");
        given().when().delete("/api/v1/allocations/{allocationId}", released).then().statusCode(200);
        given().queryParam("resourceId", person).queryParam("status", "RELEASED")
                .when().get("/api/v1/allocations")
                .then().statusCode(200)
                .body("items.id", contains(released))
                .body("items.status", hasItem("RELEASED"));
    }
}
