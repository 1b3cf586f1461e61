package io.implementa.project.deliverable;

import static io.implementa.project.deliverable.DeliverableFixtures.TOPIC;
import static io.implementa.project.deliverable.DeliverableFixtures.base;
import static io.implementa.project.deliverable.DeliverableFixtures.createDeliverable;
import static io.implementa.project.deliverable.DeliverableFixtures.decide;
import static io.implementa.project.deliverable.DeliverableFixtures.member;
import static io.implementa.project.deliverable.DeliverableFixtures.recordCheck;
import static io.implementa.project.deliverable.DeliverableFixtures.submit;
import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.project.gate.Gate;
import io.implementa.project.gate.GateCriterion.Evaluation;
import io.implementa.project.project.Project;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Submission, acceptance decisions, their history, waivers and the closure criterion they feed. */
@QuarkusTest
class AcceptanceTest {

    @Inject
    ObjectMapper json;

    @Inject
    DeliverablesAcceptedCriterion criterion;

    private static String acceptance(String projectId, String deliverableId) {
        return base(projectId) + "/" + deliverableId + "/acceptance";
    }

    private static String decision(String decision, String comment) {
        return "{\"decision\":\"" + decision + "\",\"comment\":\"" + comment + "\"}";
    }

    @Test
    void anAccountableStakeholderAcceptsASubmittedDeliverable() throws Exception {
        String key = uniqueKey();
        String projectId = create(key);
        String id = createDeliverable(projectId, "Customer data migrated");
        recordCheck(projectId, id, "Reconciliation", "PASSED");
        String stakeholder = member(projectId, "STAKEHOLDER");
        submit(projectId, id);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(stakeholder).contentType(ContentType.JSON)
                    .body(decision("ACCEPTED", "Reconciliation signed off"))
                    .when().post(acceptance(projectId, id))
                    .then().statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("status", equalTo("ACCEPTED"));

            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("DeliverableAccepted")).value());
            assertEquals("io.implementa.project.DeliverableAccepted", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(id, data.get("deliverableId").asText());
            assertEquals(projectId, data.get("projectId").asText());
            assertEquals(key, data.get("projectKey").asText());
            assertEquals("Customer data migrated", data.get("name").asText());
            assertTrue(data.get("decidedBy").get("subject").asText().startsWith("stakeholder-"));
            assertTrue(data.get("decidedBy").get("email").asText().endsWith("@example.com"));
            assertEquals("Reconciliation signed off", data.get("comment").asText());
            assertFalse(data.get("decidedAt").asText().isEmpty());
        }
    }

    @Test
    void aDeliverableWithAFailedCheckIsNotAccepted() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Integration with the WMS");
        recordCheck(projectId, id, "SIT cycle 1", "PASSED");
        String failed = recordCheck(projectId, id, "UAT test cycle 2", "FAILED");
        submit(projectId, id);
        given().contentType(ContentType.JSON).body(decision("ACCEPTED", "looks fine"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/quality-checks-not-passed"))
                .body("detail", containsString("Integration with the WMS"))
                .body("checks", hasSize(1))
                .body("checks[0].id", equalTo(failed))
                .body("checks[0].name", equalTo("UAT test cycle 2"))
                .body("checks[0].result", equalTo("FAILED"));
        given().when().get(base(projectId) + "/" + id).then().body("status", equalTo("SUBMITTED"));
        given().when().get(base(projectId) + "/" + id + "/decisions").then().body("totalItems", equalTo(0));
    }

    @Test
    void aDeliverableWithAPendingCheckIsNotAccepted() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Performance verified");
        recordCheck(projectId, id, "Load test", "PENDING");
        submit(projectId, id);
        given().contentType(ContentType.JSON).body(decision("ACCEPTED", "ok"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/quality-checks-not-passed"))
                .body("checks.result", contains("PENDING"));
    }

    @Test
    void aFailedCheckSupersededByAPassedReRunNoLongerBlocks() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "UAT passed");
        String failed = recordCheck(projectId, id, "UAT cycle 1", "FAILED");
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"UAT cycle 2\",\"type\":\"TEST_RUN\",\"result\":\"PASSED\",\"supersedes\":\"" + failed + "\"}")
                .when().post(base(projectId) + "/" + id + "/quality-checks").then().statusCode(201);
        submit(projectId, id);
        given().contentType(ContentType.JSON).body(decision("ACCEPTED", "cycle 2 passed"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aRejectedDeliverableIsResubmittedAndAcceptedWithTheHistoryKept() throws Exception {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Key users trained");
        String stakeholder = member(projectId, "STAKEHOLDER");
        String teamMember = member(projectId, "MEMBER");
        given().auth().oauth2(teamMember).contentType(ContentType.JSON).body("{\"comment\":\"Ready\"}")
                .when().post(base(projectId) + "/" + id + "/submission")
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy.subject", startsWith("member-"))
                .body("submittedAt", notNullValue());

        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(stakeholder).contentType(ContentType.JSON)
                    .body(decision("REJECTED", "Warehouse users not trained yet"))
                    .when().post(acceptance(projectId, id))
                    .then().statusCode(200).body("status", equalTo("REJECTED"));
            JsonNode rejected = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("DeliverableRejected")).value());
            assertEquals("io.implementa.project.DeliverableRejected", rejected.get("type").asText());
            assertEquals("Warehouse users not trained yet", rejected.get("data").get("comment").asText());
            assertEquals("Key users trained", rejected.get("data").get("name").asText());
        }

        given().auth().oauth2(stakeholder).contentType(ContentType.JSON).body(decision("ACCEPTED", "changed my mind"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/already-decided"));

        given().auth().oauth2(teamMember).contentType(ContentType.JSON).body("{}")
                .when().post(base(projectId) + "/" + id + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(stakeholder).contentType(ContentType.JSON).body(decision("ACCEPTED", "All trained"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));

        given().when().get(base(projectId) + "/" + id + "/decisions")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.decision", contains("REJECTED", "ACCEPTED"))
                .body("items.comment", contains("Warehouse users not trained yet", "All trained"))
                .body("items[0].decidedBy.subject", startsWith("stakeholder-"))
                .body("items[1].decidedAt", notNullValue());
    }

    @Test
    void acceptingTwiceIsAConflict() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Go-live");
        submit(projectId, id);
        decide(projectId, id, "ACCEPTED");
        given().contentType(ContentType.JSON).body(decision("ACCEPTED", "again"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/already-decided"))
                .body("detail", containsString("ACCEPTED"));
    }

    @Test
    void anUnsubmittedDeliverableIsNotDecided() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Cut-over plan");
        given().contentType(ContentType.JSON).body(decision("ACCEPTED", "fine"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/not-submitted"));
    }

    @Test
    void aRejectionNeedsAComment() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Cut-over plan");
        submit(projectId, id);
        given().contentType(ContentType.JSON).body("{\"decision\":\"REJECTED\"}")
                .when().post(acceptance(projectId, id))
                .then().statusCode(422).body("errors[0].field", equalTo("comment"));
        given().contentType(ContentType.JSON).body("{\"decision\":\"MAYBE\"}")
                .when().post(acceptance(projectId, id))
                .then().statusCode(400).body("errors[0].field", equalTo("decision"));
    }

    @Test
    void aManagerWhoIsNotAccountableMayNotDecide() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Interfaces live");
        submit(projectId, id);
        given().auth().oauth2(member(projectId, "MANAGER")).contentType(ContentType.JSON)
                .body(decision("ACCEPTED", "my own work is fine"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/not-accountable"));
        given().when().get(base(projectId) + "/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void theSponsorMayDecide() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Interfaces live");
        submit(projectId, id);
        given().auth().oauth2(member(projectId, "SPONSOR")).contentType(ContentType.JSON)
                .body(decision("ACCEPTED", "ok"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void viewersAndTeamMembersMayNotDecide() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Interfaces live");
        submit(projectId, id);
        given().auth().oauth2(member(projectId, "VIEWER")).contentType(ContentType.JSON).body(decision("ACCEPTED", "ok"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(403).body("type", equalTo("https://implementa.io/problems/forbidden"));
        given().auth().oauth2(member(projectId, "MEMBER")).contentType(ContentType.JSON).body(decision("ACCEPTED", "ok"))
                .when().post(acceptance(projectId, id))
                .then().statusCode(403);
    }

    @Test
    void decidingAnUnknownDeliverableIsNotFoundBeforeAccountability() {
        String projectId = create(uniqueKey());
        given().auth().oauth2(member(projectId, "MANAGER")).contentType(ContentType.JSON).body(decision("ACCEPTED", "ok"))
                .when().post(acceptance(projectId, UUID.randomUUID().toString()))
                .then().statusCode(404);
    }

    @Test
    void submittingTwiceIsAConflict() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Hypercare closed");
        submit(projectId, id);
        given().contentType(ContentType.JSON).body("{}")
                .when().post(base(projectId) + "/" + id + "/submission")
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/already-submitted"));
    }

    @Test
    void aSubmissionNeedsNoBody() throws Exception {
        String projectId = create(uniqueKey());
        String first = createDeliverable(projectId, "Runbook handed over");
        given().contentType(ContentType.JSON).when().post(base(projectId) + "/" + first + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        // What curl -X POST sends: no body and no Content-Type at all.
        String second = createDeliverable(projectId, "Support contracts signed");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + base(projectId) + "/" + second + "/submission"))
                .header("Authorization", "Bearer " + TestTokens.admin())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    @Test
    void submittingIsAnnounced() throws Exception {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Hypercare closed");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType(ContentType.JSON).body("{\"comment\":\"Please review\"}")
                    .when().post(base(projectId) + "/" + id + "/submission").then().statusCode(200);
            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("DeliverableSubmitted")).value()).get("data");
            assertEquals(id, data.get("deliverableId").asText());
            assertEquals("Please review", data.get("comment").asText());
            assertEquals("test-admin", data.get("submittedBy").get("subject").asText());
            assertEquals("2027-06-30", data.get("dueDate").asText());
        }
    }

    @Test
    void theSponsorWaivesADeliverableWithAReason() throws Exception {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Legacy reports rebuilt");
        String sponsor = member(projectId, "SPONSOR");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(sponsor).contentType(ContentType.JSON)
                    .body("{\"reason\":\"Reports moved to the BI platform\"}")
                    .when().post(base(projectId) + "/" + id + "/waiver")
                    .then().statusCode(200)
                    .body("status", equalTo("WAIVED"))
                    .body("waiver.reason", equalTo("Reports moved to the BI platform"))
                    .body("waiver.waivedBy.subject", startsWith("sponsor-"))
                    .body("waiver.waivedAt", notNullValue());
            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("DeliverableWaived")).value()).get("data");
            assertEquals("Reports moved to the BI platform", data.get("reason").asText());
            assertTrue(data.get("waivedBy").get("subject").asText().startsWith("sponsor-"));
        }
    }

    @Test
    void onlyTheSponsorWaivesAndOnlyWithAReason() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Legacy reports rebuilt");
        given().auth().oauth2(member(projectId, "MANAGER")).contentType(ContentType.JSON).body("{\"reason\":\"no\"}")
                .when().post(base(projectId) + "/" + id + "/waiver").then().statusCode(403);
        given().auth().oauth2(member(projectId, "SPONSOR")).contentType(ContentType.JSON).body("{}")
                .when().post(base(projectId) + "/" + id + "/waiver")
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void anAcceptedDeliverableIsNotWaived() {
        String projectId = create(uniqueKey());
        String id = createDeliverable(projectId, "Vendor selected");
        submit(projectId, id);
        decide(projectId, id, "ACCEPTED");
        given().contentType(ContentType.JSON).body("{\"reason\":\"not needed\"}")
                .when().post(base(projectId) + "/" + id + "/waiver")
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/already-decided"));
    }

    @Test
    void closureWaitsForEveryDeliverableToBeAcceptedOrWaived() {
        String projectId = create(uniqueKey());
        String accepted = createDeliverable(projectId, "Installed");
        String waived = createDeliverable(projectId, "Legacy reports");
        String open = createDeliverable(projectId, "Data migrated");
        submit(projectId, accepted);
        decide(projectId, accepted, "ACCEPTED");
        given().contentType(ContentType.JSON).body("{\"reason\":\"not needed\"}")
                .when().post(base(projectId) + "/" + waived + "/waiver").then().statusCode(200);

        assertEquals("deliverables-accepted", criterion.id());
        assertTrue(criterion.gates().contains(Gate.START_CLOSURE) && criterion.gates().contains(Gate.CLOSE_PROJECT));
        Evaluation unmet = evaluate(projectId);
        assertFalse(unmet.met());
        assertEquals("1 deliverable(s) neither accepted nor waived: 'Data migrated' (PLANNED)", unmet.detail());

        submit(projectId, open);
        decide(projectId, open, "ACCEPTED");
        assertTrue(evaluate(projectId).met());
    }

    private Evaluation evaluate(String projectId) {
        return QuarkusTransaction.requiringNew().call(
                () -> criterion.evaluate(Project.findById(UUID.fromString(projectId))));
    }

    @Test
    void decisionsOfAnUnknownDeliverableAreNotFound() {
        String projectId = create(uniqueKey());
        given().when().get(base(projectId) + "/" + UUID.randomUUID() + "/decisions").then().statusCode(404);
        given().auth().oauth2(member(projectId, "VIEWER")).when()
                .get(base(projectId) + "/" + createDeliverable(projectId, "x") + "/decisions")
                .then().statusCode(200).body("items", hasSize(0));
    }
}
