package io.implementa.project.member;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

    static final String TOPIC = "implementa.project.events";

    @Inject
    ObjectMapper json;

    static String memberJson(String subject, String role) {
        return """
                {"person":{"subject":"%s","email":"%s@example.com","name":"Person %s"},"role":"%s"}
                """.formatted(subject, subject, subject, role);
    }

    static String addMember(String projectId, String subject, String role) {
        return given().contentType(ContentType.JSON).body(memberJson(subject, role))
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(201).extract().path("id");
    }

    static String managerMemberId(String projectId) {
        return given().queryParam("role", "MANAGER").when().get("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void sponsorAndManagerBecomeMembersAndAreAnnounced() throws Exception {
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String projectId = create(uniqueKey());
            given().when().get("/api/v1/projects/" + projectId + "/members")
                    .then().statusCode(200)
                    .body("totalItems", equalTo(2))
                    .body("items.role", containsInAnyOrder("SPONSOR", "MANAGER"))
                    .body("items.person.subject", containsInAnyOrder("sub-sponsor", "sub-manager"));

            List<ConsumerRecord<String, String>> added = events.awaitRecords(
                    r -> r.key().equals(projectId) && r.value().contains("MemberAdded"), 2);
            JsonNode first = json.readTree(added.get(0).value()).get("data");
            assertEquals(projectId, first.get("projectId").asText());
            assertEquals("MANAGER", first.get("role").asText());
            assertEquals("manager@example.com", first.get("person").get("email").asText());
        }
    }

    @Test
    void addsAMemberAndAnnouncesIt() throws Exception {
        String projectId = create(uniqueKey());
        String subject = "sub-" + UUID.randomUUID();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String memberId = given().contentType(ContentType.JSON).body(memberJson(subject, "MEMBER"))
                    .when().post("/api/v1/projects/" + projectId + "/members")
                    .then().statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("person.subject", equalTo(subject))
                    .body("role", equalTo("MEMBER"))
                    .body("projectId", equalTo(projectId))
                    .extract().path("id");
            ConsumerRecord<String, String> record = events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains(memberId));
            JsonNode event = json.readTree(record.value());
            assertEquals("io.implementa.project.MemberAdded", event.get("type").asText());
            assertEquals(memberId, event.get("subject").asText());
            assertEquals(subject, event.get("data").get("person").get("subject").asText());
        }
    }

    @Test
    void refusesTheSamePersonTwice() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body(memberJson("sub-manager", "VIEWER"))
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/already-member"));
    }

    @Test
    void changesARoleWithIfMatchAndAnnouncesIt() throws Exception {
        String projectId = create(uniqueKey());
        String memberId = addMember(projectId, "sub-" + UUID.randomUUID(), "MEMBER");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType(ContentType.JSON).body("{\"role\":\"VIEWER\"}")
                    .when().patch("/api/v1/projects/" + projectId + "/members/" + memberId)
                    .then().statusCode(428);
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"role\":\"VIEWER\"}")
                    .when().patch("/api/v1/projects/" + projectId + "/members/" + memberId)
                    .then().statusCode(200).header("ETag", "\"1\"").body("role", equalTo("VIEWER"));
            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("MemberRoleChanged")).value());
            assertEquals("MEMBER", event.get("data").get("previousRole").asText());
            assertEquals("VIEWER", event.get("data").get("role").asText());
        }
    }

    @Test
    void neverLeavesAProjectWithoutAManager() {
        String projectId = create(uniqueKey());
        String managerId = managerMemberId(projectId);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"role\":\"MEMBER\"}")
                .when().patch("/api/v1/projects/" + projectId + "/members/" + managerId)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/last-manager"));
        given().when().delete("/api/v1/projects/" + projectId + "/members/" + managerId)
                .then().statusCode(409);

        addMember(projectId, "sub-" + UUID.randomUUID(), "MANAGER");
        given().when().delete("/api/v1/projects/" + projectId + "/members/" + managerId)
                .then().statusCode(204);
        given().when().get("/api/v1/projects/" + projectId + "/members/" + managerId)
                .then().statusCode(404);
    }

    @Test
    void removesAMemberAndAnnouncesIt() throws Exception {
        String projectId = create(uniqueKey());
        String memberId = addMember(projectId, "sub-" + UUID.randomUUID(), "STAKEHOLDER");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().when().delete("/api/v1/projects/" + projectId + "/members/" + memberId)
                    .then().statusCode(204);
            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("MemberRemoved")).value());
            assertEquals(memberId, event.get("data").get("memberId").asText());
            assertEquals("STAKEHOLDER", event.get("data").get("role").asText());
        }
    }

    @Test
    void unknownProjectOrMemberIs404() {
        String unknown = UUID.randomUUID().toString();
        given().when().get("/api/v1/projects/" + unknown + "/members").then().statusCode(404);
        given().contentType(ContentType.JSON).body(memberJson("x", "MEMBER"))
                .when().post("/api/v1/projects/" + unknown + "/members").then().statusCode(404);
        String projectId = create(uniqueKey());
        given().when().get("/api/v1/projects/" + projectId + "/members/" + unknown).then().statusCode(404);
        given().when().delete("/api/v1/projects/" + projectId + "/members/" + unknown).then().statusCode(404);
    }

    @Test
    void refusesAnInvalidRoleOrPerson() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON)
                .body("{\"person\":{\"subject\":\"x\",\"email\":\"not-an-email\",\"name\":\"X\"},\"role\":\"MEMBER\"}")
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(422).body("errors[0].field", equalTo("person.email"));
        given().contentType(ContentType.JSON)
                .body("{\"person\":{\"subject\":\"x\",\"email\":\"x@example.com\",\"name\":\"X\"},\"role\":\"OWNER\"}")
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
    }
}
