package io.implementa.project.change;

import static io.implementa.project.cost.Costs.approvedBudget;
import static io.implementa.project.cost.Costs.budgetOf;
import static io.implementa.project.lifecycle.Lifecycle.event;
import static io.implementa.project.lifecycle.Lifecycle.read;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.implementa.project.lifecycle.Lifecycle;
import io.implementa.project.lifecycle.Lifecycle.People;
import io.implementa.project.task.Planning;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeRequestResourceTest {

    static final String TOPIC = "implementa.project.events";

    static String changesOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/change-requests";
    }

    static ValidatableResponse step(String token, String url, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(url).then();
    }

    static String submit(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(changesOf(projectId))
                .then().statusCode(201).extract().path("id");
    }

    /** Approves the project's scope as its sponsor, with one baseline item. */
    static void approvedScope(People p) {
        given().contentType(ContentType.JSON).body("{\"title\":\"Finance\",\"estimatedEffortDays\":100}")
                .when().post("/api/v1/projects/" + p.projectId() + "/scope-items").then().statusCode(201);
        step(TestTokens.forUser(p.sponsor()), "/api/v1/projects/" + p.projectId() + "/scope/approval", "{}")
                .statusCode(201);
    }

    @Test
    void aChangeRequestGoesThroughEveryStateAndItsScopeIsNotCreep() throws Exception {
        People p = Lifecycle.project();
        approvedScope(p);
        approvedBudget(p.projectId(), "1000", p.sponsor());
        String manager = TestTokens.forUser(p.manager());
        String sponsor = TestTokens.forUser(p.sponsor());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().auth().oauth2(manager).contentType(ContentType.JSON)
                    .body("""
                            {"title":"Add the payroll interface","type":"SCOPE","description":"Payroll feed",
                             "justification":"Payroll must go live with finance",
                             "scopeItems":[{"title":"Payroll interface","estimatedEffortDays":15}]}""")
                    .when().post(changesOf(p.projectId()))
                    .then().statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("number", equalTo(1))
                    .body("status", equalTo("SUBMITTED"))
                    .body("requestedBy.subject", equalTo(p.manager()))
                    .extract().path("id");
            String base = changesOf(p.projectId()) + "/" + id;

            // Not yet assessed: it cannot be decided.
            step(sponsor, base + "/decision", "{\"decision\":\"APPROVED\"}")
                    .statusCode(409)
                    .body("type", endsWith("change-request-invalid-transition"))
                    .body("status", equalTo("SUBMITTED"));

            step(manager, base + "/assessment", """
                    {"scheduleImpactDays":10,"costImpact":500,"currency":"EUR","riskNotes":"Vendor capacity"}""")
                    .statusCode(200)
                    .body("status", equalTo("ASSESSED"))
                    .body("costImpact", equalTo(500.0f));
            step(manager, base + "/review", "{\"comment\":\"For the steering committee\"}")
                    .statusCode(200).body("status", equalTo("IN_REVIEW"));
            step(sponsor, base + "/decision", "{\"decision\":\"APPROVED\",\"comment\":\"Go\"}")
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("decidedBy.subject", equalTo(p.sponsor()));
            JsonNode approved = read(events.awaitRecord(event(p.projectId(),
                    "io.implementa.project.ChangeRequestApproved"))).path("data");
            assertEquals(10, approved.path("scheduleImpactDays").asInt());
            assertEquals(500.0, approved.path("costImpact").asDouble());
            assertEquals("EUR", approved.path("currency").asText());
            assertEquals(1, approved.path("number").asInt());
            assertEquals("Go", approved.path("comment").asText());
            assertEquals(p.sponsor(), approved.path("approvedBy").path("subject").asText());

            step(manager, base + "/implementation", "{}")
                    .statusCode(200).body("status", equalTo("IMPLEMENTED"));
            JsonNode implemented = read(events.awaitRecord(event(p.projectId(),
                    "io.implementa.project.ChangeRequestImplemented"))).path("data");
            assertEquals(1, implemented.path("scopeItemIds").size());

            // Implemented is final.
            step(manager, base + "/implementation", "{}")
                    .statusCode(409).body("type", endsWith("change-request-invalid-transition"));
            given().when().get(base + "/history").then().statusCode(200)
                    .body("items.to", contains("SUBMITTED", "ASSESSED", "IN_REVIEW", "APPROVED", "IMPLEMENTED"))
                    .body("items[2].comment", equalTo("For the steering committee"));
        }
        given().when().get("/api/v1/projects/" + p.projectId() + "/scope").then().statusCode(200)
                .body("creepItems", equalTo(0))
                .body("changeRequestItems", equalTo(1));
        given().when().get(budgetOf(p.projectId())).then().statusCode(200).body("amount", equalTo(1500.0f));
    }

    /** Submits, assesses, reviews and approves a request as the manager and the sponsor; returns its URL. */
    static String approved(People p, String title) {
        String manager = TestTokens.forUser(p.manager());
        String base = changesOf(p.projectId()) + "/" + submit(p.projectId(),
                "{\"title\":\"" + title + "\",\"type\":\"SCHEDULE\"}");
        step(manager, base + "/assessment", "{\"scheduleImpactDays\":5,\"costImpact\":0}").statusCode(200);
        step(manager, base + "/review", "{}").statusCode(200);
        step(TestTokens.forUser(p.sponsor()), base + "/decision", "{\"decision\":\"APPROVED\"}").statusCode(200);
        return base;
    }

    @Test
    void implementingWithSaveBaselineSavesANewCurrentBaselineAndAnnouncesIt() throws Exception {
        People p = Lifecycle.project();
        Planning.task(p.projectId(), "Configure", 10);
        String first = given().contentType(ContentType.JSON).body("{\"name\":\"Approved plan\"}")
                .when().post("/api/v1/projects/" + p.projectId() + "/baselines")
                .then().statusCode(201).body("current", equalTo(true)).extract().path("id");
        String base = approved(p, "Two more weeks of testing");
        Planning.task(p.projectId(), "Extra testing", 10);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String baselineId = step(TestTokens.forUser(p.manager()), base + "/implementation",
                    "{\"comment\":\"Replanned\",\"saveBaseline\":true}")
                    .statusCode(200)
                    .body("status", equalTo("IMPLEMENTED"))
                    .body("baselineId", notNullValue())
                    .extract().path("baselineId");
            JsonNode implemented = read(events.awaitRecord(event(p.projectId(),
                    "io.implementa.project.ChangeRequestImplemented"))).path("data");
            assertEquals(baselineId, implemented.path("baselineId").asText());
            given().when().get("/api/v1/projects/" + p.projectId() + "/baselines/" + baselineId)
                    .then().statusCode(200)
                    .body("name", equalTo("Change request #1"))
                    .body("current", equalTo(true))
                    .body("tasks", hasSize(2));
            given().when().get("/api/v1/projects/" + p.projectId() + "/baselines/" + first)
                    .then().statusCode(200).body("current", equalTo(false));
        }
    }

    @Test
    void implementingWithoutSaveBaselineKeepsTheBaselineAndTheEventHasNone() throws Exception {
        People p = Lifecycle.project();
        String base = approved(p, "A later go-live");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            step(TestTokens.forUser(p.manager()), base + "/implementation", "{\"saveBaseline\":false}")
                    .statusCode(200).body("baselineId", nullValue());
            JsonNode implemented = read(events.awaitRecord(event(p.projectId(),
                    "io.implementa.project.ChangeRequestImplemented"))).path("data");
            assertTrue(implemented.path("baselineId").isMissingNode() || implemented.path("baselineId").isNull());
        }
        given().when().get("/api/v1/projects/" + p.projectId() + "/baselines").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void theRequesterWithdrawsAPendingRequestWhichIsThenFinal() throws Exception {
        People p = Lifecycle.project();
        Lifecycle.addMember(p.projectId(), "cr-requester", "MEMBER");
        Lifecycle.addMember(p.projectId(), "cr-colleague", "MEMBER");
        String requester = TestTokens.forUser("cr-requester");
        String id = given().auth().oauth2(requester).contentType(ContentType.JSON)
                .body("{\"title\":\"Single sign-on\",\"type\":\"SCOPE\"}")
                .when().post(changesOf(p.projectId())).then().statusCode(201).extract().path("id");
        String base = changesOf(p.projectId()) + "/" + id;
        step(TestTokens.forUser(p.manager()), base + "/assessment", "{\"scheduleImpactDays\":3,\"costImpact\":0}")
                .statusCode(200);

        // Another member may not withdraw someone else's request.
        step(TestTokens.forUser("cr-colleague"), base + "/withdrawal", "{}")
                .statusCode(403);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            step(requester, base + "/withdrawal", "{\"comment\":\"Covered by the identity project\"}")
                    .statusCode(200)
                    .body("status", equalTo("WITHDRAWN"));
            JsonNode withdrawn = read(events.awaitRecord(event(p.projectId(),
                    "io.implementa.project.ChangeRequestWithdrawn"))).path("data");
            assertEquals(id, withdrawn.path("changeRequestId").asText());
            assertEquals("ASSESSED", withdrawn.path("previousStatus").asText());
            assertEquals("cr-requester", withdrawn.path("withdrawnBy").path("subject").asText());
            assertEquals("Covered by the identity project", withdrawn.path("comment").asText());
        }
        // Withdrawn is final: neither withdrawn again nor moved on.
        step(requester, base + "/withdrawal", "{}")
                .statusCode(409).body("type", endsWith("change-request-invalid-transition"))
                .body("status", equalTo("WITHDRAWN"));
        step(TestTokens.forUser(p.manager()), base + "/review", "{}").statusCode(409);
        given().when().get(base + "/history").then().statusCode(200)
                .body("items.to", contains("SUBMITTED", "ASSESSED", "WITHDRAWN"))
                .body("items[2].comment", equalTo("Covered by the identity project"))
                .body("items[2].by.subject", equalTo("cr-requester"));
        given().when().get(changesOf(p.projectId()) + "?status=WITHDRAWN").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void theManagerWithdrawsARequestInReviewButNoOneWithdrawsADecidedOne() {
        People p = Lifecycle.project();
        String manager = TestTokens.forUser(p.manager());
        String inReview = changesOf(p.projectId()) + "/" + submit(p.projectId(),
                "{\"title\":\"Extra country\",\"type\":\"SCOPE\"}");
        step(manager, inReview + "/assessment", "{\"scheduleImpactDays\":1,\"costImpact\":0}").statusCode(200);
        step(manager, inReview + "/review", "{}").statusCode(200);
        step(manager, inReview + "/withdrawal", "{}").statusCode(200).body("status", equalTo("WITHDRAWN"));
        step(TestTokens.forUser(p.sponsor()), inReview + "/decision", "{\"decision\":\"APPROVED\"}")
                .statusCode(409).body("status", equalTo("WITHDRAWN"));

        String decided = approved(p, "Later go-live");
        step(manager, decided + "/withdrawal", "{}")
                .statusCode(409).body("type", endsWith("change-request-invalid-transition"))
                .body("status", equalTo("APPROVED"));
        given().when().get(decided).then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() throws Exception {
        People p = Lifecycle.project();
        String id = submit(p.projectId(), "{\"title\":\"Weekly reports\",\"type\":\"QUALITY\"}");
        String base = changesOf(p.projectId()) + "/" + id;
        String sponsor = TestTokens.forUser(p.sponsor());
        step(TestTokens.forUser(p.manager()), base + "/assessment", "{\"scheduleImpactDays\":0,\"costImpact\":0}")
                .statusCode(200);
        step(TestTokens.forUser(p.manager()), base + "/review", "{}").statusCode(200);
        step(TestTokens.forUser(p.manager()), base + "/decision", "{\"decision\":\"REJECTED\",\"comment\":\"No\"}")
                .statusCode(403);
        step(sponsor, base + "/decision", "{\"decision\":\"REJECTED\"}").statusCode(422);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            step(sponsor, base + "/decision", "{\"decision\":\"REJECTED\",\"comment\":\"Not now\"}")
                    .statusCode(200).body("status", equalTo("REJECTED"));
            JsonNode rejected = read(events.awaitRecord(event(p.projectId(),
                    "io.implementa.project.ChangeRequestRejected"))).path("data");
            assertEquals("Not now", rejected.path("comment").asText());
        }
        step(TestTokens.forUser(p.manager()), base + "/implementation", "{}").statusCode(409);
        given().when().get(changesOf(p.projectId()) + "?status=REJECTED").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void aCostImpactInAnotherCurrencyIsRefused() {
        People p = Lifecycle.project();
        approvedBudget(p.projectId(), "1000", p.sponsor());
        String id = submit(p.projectId(), "{\"title\":\"More licences\",\"type\":\"COST\"}");
        given().contentType(ContentType.JSON).body("{\"scheduleImpactDays\":0,\"costImpact\":10,\"currency\":\"USD\"}")
                .when().post(changesOf(p.projectId()) + "/" + id + "/assessment")
                .then().statusCode(422).body("errors[0].field", equalTo("currency"));
        given().when().get(changesOf(p.projectId()) + "/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void requestsAreNumberedPerProject() {
        People p = Lifecycle.project();
        submit(p.projectId(), "{\"title\":\"One\",\"type\":\"SCHEDULE\"}");
        String second = submit(p.projectId(), "{\"title\":\"Two\",\"type\":\"SCOPE\"}");
        given().when().get(changesOf(p.projectId()) + "/" + second).then().statusCode(200)
                .body("number", equalTo(2));
        given().when().get(changesOf(UUID.randomUUID().toString())).then().statusCode(404);
    }
}
