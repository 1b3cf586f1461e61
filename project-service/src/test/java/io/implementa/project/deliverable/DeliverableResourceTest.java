package io.implementa.project.deliverable;

import static io.implementa.project.deliverable.DeliverableFixtures.TOPIC;
import static io.implementa.project.deliverable.DeliverableFixtures.base;
import static io.implementa.project.deliverable.DeliverableFixtures.createDeliverable;
import static io.implementa.project.deliverable.DeliverableFixtures.decide;
import static io.implementa.project.deliverable.DeliverableFixtures.deliverableJson;
import static io.implementa.project.deliverable.DeliverableFixtures.member;
import static io.implementa.project.deliverable.DeliverableFixtures.setStatus;
import static io.implementa.project.deliverable.DeliverableFixtures.submit;
import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.project.portfolio.PortfolioFacts;
import io.implementa.project.project.ProjectStatus;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliverableResourceTest {

    @Inject
    ObjectMapper json;

    @Inject
    DeliverableService deliverables;

    @Inject
    PortfolioFacts portfolioFacts;

    @Test
    void plansADeliverableAndAnnouncesIt() throws Exception {
        String key = uniqueKey();
        String projectId = create(key);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().contentType(ContentType.JSON).body(deliverableJson("Customer data migrated"))
                    .when().post(base(projectId))
                    .then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .header("ETag", "\"0\"")
                    .body("name", equalTo("Customer data migrated"))
                    .body("status", equalTo("PLANNED"))
                    .body("owner.email", equalTo("owner@example.com"))
                    .body("dueDate", equalTo("2027-06-30"))
                    .body("acceptanceCriteria", contains("Record counts reconcile", "No open severity-1 defects"))
                    .extract().path("id");

            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("DeliverableCreated")).value());
            assertEquals("io.implementa.project.DeliverableCreated", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(id, data.get("deliverableId").asText());
            assertEquals(key, data.get("projectKey").asText());
            assertEquals("Customer data migrated", data.get("name").asText());
            assertEquals("2027-06-30", data.get("dueDate").asText());
            assertEquals("sub-owner", data.get("owner").get("subject").asText());
            assertEquals("PLANNED", data.get("status").asText());
        }
    }

    @Test
    void readsADeliverableWithItsEtag() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Interfaces to the warehouse");
        given().when().get(base(projectId) + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("projectId", equalTo(projectId))
                .body("waiver", nullValue());
    }

    @Test
    void refusesTooManyOrTooLongAcceptanceCriteria() {
        String projectId = create(uniqueKey());
        String tooLong = "x".repeat(501);
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Training\",\"acceptanceCriteria\":[\"" + tooLong + "\"]}")
                .when().post(base(projectId))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("acceptanceCriteria[0]"));
        String fiftyOne = "[" + String.join(",", Collections.nCopies(51, "\"c\"")) + "]";
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Training\",\"acceptanceCriteria\":" + fiftyOne + "}")
                .when().post(base(projectId))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("acceptanceCriteria"));
    }

    @Test
    void refusesAMissingNameAndAnInvalidOwner() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON)
                .body("{\"owner\":{\"subject\":\"s\",\"email\":\"not-an-email\",\"name\":\"S\"}}")
                .when().post(base(projectId))
                .then().statusCode(422)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("owner.email"));
    }

    @Test
    void refusesServerOwnedFields() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"name\":\"Training\",\"status\":\"ACCEPTED\"}")
                .when().post(base(projectId))
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void listsDeliverablesFilteredByStatusAndOwnerSortedByDueDate() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"name\":\"Cut-over\",\"dueDate\":\"2027-09-01\"}")
                .when().post(base(projectId)).then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\":\"Go-live\"}")
                .when().post(base(projectId)).then().statusCode(201);
        String migrated = createDeliverable(projectId, "Data migrated");
        submit(projectId, migrated);

        given().when().get(base(projectId))
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.name", contains("Data migrated", "Cut-over", "Go-live"));
        given().queryParam("sort", "-name").when().get(base(projectId))
                .then().statusCode(200).body("items.name", contains("Go-live", "Data migrated", "Cut-over"));
        given().queryParam("status", "submitted").when().get(base(projectId))
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(migrated));
        given().queryParam("owner", "sub-owner").when().get(base(projectId))
                .then().statusCode(200).body("items.name", contains("Data migrated"));
        given().queryParam("sort", "colour").when().get(base(projectId))
                .then().statusCode(422).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void changesADeliverableWithIfMatchAndAnnouncesIt() throws Exception {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "UAT completed");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"dueDate\":\"2027-07-15\",\"description\":null,\"status\":\"IN_PROGRESS\"}")
                    .when().patch(base(projectId) + "/" + id)
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("dueDate", equalTo("2027-07-15"))
                    .body("description", nullValue())
                    .body("status", equalTo("IN_PROGRESS"))
                    .body("name", equalTo("UAT completed"));

            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("DeliverableChanged")).value()).get("data");
            assertEquals(id, data.get("deliverableId").asText());
            assertEquals("2027-07-15", data.get("dueDate").asText());
            assertEquals("IN_PROGRESS", data.get("status").asText());
        }
    }

    @Test
    void refusesAChangeWithoutOrWithAStaleEtag() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Training delivered");
        given().contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .when().patch(base(projectId) + "/" + id)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"name\":\"x\"}")
                .when().patch(base(projectId) + "/" + id)
                .then().statusCode(412).body("type", equalTo("https://implementa.io/problems/precondition-failed"));
    }

    @Test
    void refusesToSetADecisionStatusByPatch() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Hypercare");
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"status\":\"ACCEPTED\"}")
                .when().patch(base(projectId) + "/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("status"));
    }

    @Test
    void refusesToChangeAnAcceptedDeliverable() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Vendor selected");
        submit(projectId, id);
        decide(projectId, id, "ACCEPTED");
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"name\":\"Vendor re-selected\"}")
                .when().patch(base(projectId) + "/" + id)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/deliverable-closed"));
    }

    @Test
    void removesADeliverableAndAnnouncesIt() throws Exception {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Legacy reports");
        DeliverableFixtures.recordCheck(projectId, id, "Report review", "PENDING");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().when().delete(base(projectId) + "/" + id).then().statusCode(204);
            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("DeliverableRemoved")).value()).get("data");
            assertEquals(id, data.get("deliverableId").asText());
            assertEquals("Legacy reports", data.get("name").asText());
            assertEquals("test-admin", data.get("removedBy").get("subject").asText());
        }
        given().when().get(base(projectId) + "/" + id).then().statusCode(404);
    }

    @Test
    void refusesToRemoveAnAcceptedDeliverable() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Requirements signed off");
        submit(projectId, id);
        decide(projectId, id, "ACCEPTED");
        given().when().delete(base(projectId) + "/" + id)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/deliverable-closed"));
    }

    @Test
    void unknownDeliverableIs404() {
        String projectId = create(uniqueKey());
        String unknown = UUID.randomUUID().toString();
        given().when().get(base(projectId) + "/" + unknown).then().statusCode(404)
                .body("detail", equalTo("deliverable " + unknown + " was not found"));
        given().when().delete(base(projectId) + "/" + unknown).then().statusCode(404);
        given().when().get(base(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void aDeliverableOfAnotherProjectIsNotFound() {
        String projectId = create(uniqueKey());
        String other = create(uniqueKey());
        String id = createDeliverable(other, "Their deliverable");
        given().when().get(base(projectId) + "/" + id).then().statusCode(404);
    }

    @Test
    void onlyManagersPlanDeliverables() {
        String projectId = create(uniqueKey());
        given().auth().oauth2(member(projectId, "VIEWER")).contentType(ContentType.JSON).body(deliverableJson("x"))
                .when().post(base(projectId))
                .then().statusCode(403).body("type", equalTo("https://implementa.io/problems/forbidden"));
        given().auth().oauth2(member(projectId, "MEMBER")).contentType(ContentType.JSON).body(deliverableJson("x"))
                .when().post(base(projectId))
                .then().statusCode(403);
        given().auth().oauth2(member(projectId, "MANAGER")).contentType(ContentType.JSON).body(deliverableJson("x"))
                .when().post(base(projectId))
                .then().statusCode(201);
    }

    @Test
    void viewerReadsDeliverables() {
        String projectId = create(uniqueKey());
        createDeliverable(projectId, "Integration tested");
        given().auth().oauth2(member(projectId, "VIEWER")).when().get(base(projectId))
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void aClosedProjectsDeliverablesAreReadOnly() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Hand-over to operations");
        setStatus(projectId, ProjectStatus.CLOSED);
        given().contentType(ContentType.JSON).body(deliverableJson("Late addition"))
                .when().post(base(projectId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post(base(projectId) + "/" + id + "/submission")
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        given().when().get(base(projectId) + "/" + id).then().statusCode(200);
    }

    @Test
    void countsOpenDeliverables() {
        String projectId = create(uniqueKey());
        String accepted = createDeliverable(projectId, "Accepted one");
        createDeliverable(projectId, "Open one");
        createDeliverable(projectId, "Another open one");
        submit(projectId, accepted);
        decide(projectId, accepted, "ACCEPTED");
        assertEquals(2, deliverables.openDeliverables(UUID.fromString(projectId)));
        assertEquals(2, portfolioFacts.openDeliverables(UUID.fromString(projectId)));
    }
}
