package io.implementa.project.lifecycle;

import static io.implementa.project.lifecycle.Lifecycle.TOPIC;
import static io.implementa.project.lifecycle.Lifecycle.addChecklistItem;
import static io.implementa.project.lifecycle.Lifecycle.addMember;
import static io.implementa.project.lifecycle.Lifecycle.changeStatus;
import static io.implementa.project.lifecycle.Lifecycle.event;
import static io.implementa.project.lifecycle.Lifecycle.project;
import static io.implementa.project.lifecycle.Lifecycle.read;
import static io.implementa.project.lifecycle.Lifecycle.walk;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.implementa.project.gate.GateEvaluator;
import io.implementa.project.gate.OwnCriteria;
import io.implementa.project.lifecycle.Lifecycle.People;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PhaseTransitionResourceTest {

    @Inject
    GateEvaluator evaluator;

    private static String transitions(String projectId) {
        return "/api/v1/projects/" + projectId + "/phase-transitions";
    }

    private static ValidatableResponse pass(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(transitions(projectId)).then();
    }

    @Test
    void passingStartPlanningActivatesAProposedProjectAndIsAnnounced() throws Exception {
        OwnCriteria.only(evaluator);
        People p = project();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String location = pass(p.projectId(), "{\"gate\":\"START_PLANNING\"}")
                    .statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("projectId", equalTo(p.projectId()))
                    .body("gate", equalTo("START_PLANNING"))
                    .body("fromPhase", equalTo("INITIATION"))
                    .body("toPhase", equalTo("PLANNING"))
                    .body("status", equalTo("ACTIVE"))
                    .body("waived", equalTo(false))
                    .body("waiverReason", nullValue())
                    .body("waivedCriteria", empty())
                    .body("by.subject", equalTo("test-admin"))
                    .body("at", notNullValue())
                    .extract().header("Location");
            String id = given().when().get(location).then().statusCode(200).header("ETag", "\"0\"")
                    .body("gate", equalTo("START_PLANNING")).extract().path("id");
            assertTrue(location.endsWith(transitions(p.projectId()) + "/" + id));

            JsonNode event = read(events.awaitRecord(event(p.projectId(), "io.implementa.project.ProjectPhaseAdvanced")));
            assertEquals(p.projectId(), event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(p.projectId(), data.get("projectId").asText());
            assertEquals(p.key(), data.get("projectKey").asText());
            assertEquals(id, data.get("transitionId").asText());
            assertEquals("START_PLANNING", data.get("gate").asText());
            assertEquals("INITIATION", data.get("fromPhase").asText());
            assertEquals("PLANNING", data.get("toPhase").asText());
            assertEquals("ACTIVE", data.get("status").asText());
            assertEquals("PLANNING", data.get("activePhases").get(0).asText());
            assertEquals("test-admin", data.get("by").get("subject").asText());
            assertEquals("test-admin@example.com", data.get("by").get("email").asText());
            assertFalse(data.get("waived").asBoolean());
        }
        given().when().get("/api/v1/projects/" + p.projectId())
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ACTIVE"))
                .body("phase", equalTo("PLANNING"))
                .body("activePhases", equalTo(List.of("PLANNING")));
    }

    @Test
    void anOpenChecklistItemBlocksTheGateAndIsListed() {
        People p = project();
        addChecklistItem(p.projectId(), "START_PLANNING", "Charter signed by the sponsor");
        pass(p.projectId(), "{\"gate\":\"START_PLANNING\"}")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/gate-not-passed"))
                .body("gate", equalTo("START_PLANNING"))
                .body("detail", containsString("checklist-complete"))
                .body("unmetCriteria.id", hasItem("checklist-complete"))
                .body("unmetCriteria.find { it.id == 'checklist-complete' }.description",
                        equalTo("Every item of the gate's checklist is done"))
                .body("unmetCriteria.find { it.id == 'checklist-complete' }.detail",
                        containsString("'Charter signed by the sponsor'"));
        given().when().get("/api/v1/projects/" + p.projectId())
                .then().body("phase", equalTo("INITIATION")).body("status", equalTo("PROPOSED"))
                .header("ETag", "\"0\"");
        given().when().get(transitions(p.projectId())).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void tickingTheLastItemOpensTheGate() {
        OwnCriteria.only(evaluator);
        People p = project();
        String item = addChecklistItem(p.projectId(), "START_PLANNING", "Charter signed by the sponsor");
        pass(p.projectId(), "{\"gate\":\"START_PLANNING\"}").statusCode(409)
                .body("unmetCriteria.id", equalTo(List.of("checklist-complete")));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"done\":true}")
                .when().patch("/api/v1/projects/" + p.projectId() + "/gates/START_PLANNING/checklist/" + item)
                .then().statusCode(200);
        pass(p.projectId(), "{\"gate\":\"START_PLANNING\"}").statusCode(201).body("waived", equalTo(false));
    }

    @Test
    void aWaiverWithAReasonPassesTheGateAndIsRecordedAndAnnounced() throws Exception {
        People p = project();
        addChecklistItem(p.projectId(), "START_PLANNING", "Charter signed by the sponsor");
        String manager = TestTokens.forUser(p.manager());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().auth().oauth2(manager).contentType(ContentType.JSON)
                    .body("{\"gate\":\"START_PLANNING\",\"waiverReason\":\"  Steering committee agreed on 3 March  \"}")
                    .when().post(transitions(p.projectId()))
                    .then().statusCode(201)
                    .body("waived", equalTo(true))
                    .body("waiverReason", equalTo("Steering committee agreed on 3 March"))
                    .body("waivedCriteria", hasItem("checklist-complete"))
                    .body("waivedCriteria", not(hasItem("sponsor-named")))
                    .body("by.subject", equalTo(p.manager()))
                    .body("status", equalTo("ACTIVE"))
                    .extract().path("id");

            JsonNode waived = read(events.awaitRecord(event(p.projectId(), "io.implementa.project.GateWaived")))
                    .get("data");
            assertEquals(p.key(), waived.get("projectKey").asText());
            assertEquals(id, waived.get("transitionId").asText());
            assertEquals("START_PLANNING", waived.get("gate").asText());
            assertEquals("Steering committee agreed on 3 March", waived.get("reason").asText());
            assertTrue(waived.get("waivedCriteria").toString().contains("\"checklist-complete\""));
            assertEquals(p.manager(), waived.get("by").get("subject").asText());
            assertEquals(p.manager() + "@example.com", waived.get("by").get("email").asText());
            JsonNode advanced = read(events.awaitRecord(
                    event(p.projectId(), "io.implementa.project.ProjectPhaseAdvanced"))).get("data");
            assertTrue(advanced.get("waived").asBoolean());
        }
        given().when().get(transitions(p.projectId()) + "/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get(transitions(p.projectId()))
                .then().statusCode(200)
                .body("items[0].waiverReason", equalTo("Steering committee agreed on 3 March"));
    }

    @Test
    void aWaiverIsNotNeededWhenEveryCriterionHolds() {
        OwnCriteria.only(evaluator);
        People p = project();
        pass(p.projectId(), "{\"gate\":\"START_PLANNING\",\"waiverReason\":\"Just in case\"}")
                .statusCode(201)
                .body("waived", equalTo(false))
                .body("waiverReason", nullValue())
                .body("waivedCriteria", empty());
    }

    @Test
    void refusesABlankOrOverlongWaiverReason() {
        People p = project();
        addChecklistItem(p.projectId(), "START_PLANNING", "Open");
        pass(p.projectId(), "{\"gate\":\"START_PLANNING\",\"waiverReason\":\"   \"}")
                .statusCode(422)
                .body("type", equalTo("https://implementa.io/problems/validation"))
                .body("errors[0].field", equalTo("waiverReason"))
                .body("errors[0].message", equalTo("must not be blank"));
        pass(p.projectId(), "{\"gate\":\"START_PLANNING\",\"waiverReason\":\"" + "x".repeat(2001) + "\"}")
                .statusCode(422)
                .body("errors[0].field", equalTo("waiverReason"));
        given().when().get("/api/v1/projects/" + p.projectId()).then().body("phase", equalTo("INITIATION"));
    }

    @Test
    void refusesAMissingOrUnknownGate() {
        People p = project();
        pass(p.projectId(), "{}").statusCode(422).body("errors[0].field", equalTo("gate"));
        pass(p.projectId(), "{\"gate\":\"MONITORING_AND_CONTROL\"}").statusCode(400)
                .body("type", equalTo("https://implementa.io/problems/malformed-request"))
                .body("errors[0].field", equalTo("gate"));
    }

    @Test
    void refusesToSkipAGateAndNamesTheNextOne() {
        People p = project();
        pass(p.projectId(), "{\"gate\":\"START_EXECUTION\",\"waiverReason\":\"Skip planning\"}")
                .statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/invalid-transition"))
                .body("nextGate", equalTo("START_PLANNING"))
                .body("currentPhase", equalTo("INITIATION"))
                .body("detail", containsString("the next gate is START_PLANNING"));
        walk(p.projectId(), "START_PLANNING");
        pass(p.projectId(), "{\"gate\":\"START_PLANNING\"}")
                .statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/invalid-transition"))
                .body("nextGate", equalTo("START_EXECUTION"));
    }

    @Test
    void refusesAGateWhileTheProjectIsOnHold() {
        People p = project();
        walk(p.projectId(), "START_PLANNING");
        changeStatus(p.projectId(), "ON_HOLD", "Vendor contract renegotiation");
        pass(p.projectId(), "{\"gate\":\"START_EXECUTION\",\"waiverReason\":\"Anyway\"}")
                .statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/project-on-hold"));
        given().when().get("/api/v1/projects/" + p.projectId()).then().body("phase", equalTo("PLANNING"));
    }

    @Test
    void monitoringAndControlRunsAlongsideExecution() throws Exception {
        People p = project();
        walk(p.projectId(), "START_PLANNING");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            walk(p.projectId(), "START_EXECUTION");
            JsonNode data = read(events.awaitRecord(event(p.projectId(), "io.implementa.project.ProjectPhaseAdvanced")))
                    .get("data");
            assertEquals("EXECUTION", data.get("toPhase").asText());
            assertEquals("[\"EXECUTION\",\"MONITORING_AND_CONTROL\"]", data.get("activePhases").toString());
        }
        given().when().get("/api/v1/projects/" + p.projectId())
                .then().body("phase", equalTo("EXECUTION"))
                .body("activePhases", equalTo(List.of("EXECUTION", "MONITORING_AND_CONTROL")));
        pass(p.projectId(), "{\"gate\":\"START_CLOSURE\",\"waiverReason\":\"Test\"}")
                .statusCode(201)
                .body("fromPhase", equalTo("EXECUTION"))
                .body("toPhase", equalTo("CLOSURE"));
        given().when().get("/api/v1/projects/" + p.projectId())
                .then().body("activePhases", equalTo(List.of("CLOSURE")));
    }

    @Test
    void closingTheProjectMakesItReadOnlyAndIsAnnounced() throws Exception {
        People p = project();
        walk(p.projectId(), "START_PLANNING", "START_EXECUTION", "START_CLOSURE");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().auth().oauth2(TestTokens.forUser(p.manager())).contentType(ContentType.JSON)
                    .body("{\"gate\":\"CLOSE_PROJECT\",\"waiverReason\":\"Review follows\"}")
                    .when().post(transitions(p.projectId()))
                    .then().statusCode(201)
                    .body("fromPhase", equalTo("CLOSURE"))
                    .body("toPhase", equalTo("CLOSURE"))
                    .body("status", equalTo("CLOSED"))
                    .extract().path("id");
            JsonNode closed = read(events.awaitRecord(event(p.projectId(), "io.implementa.project.ProjectClosed")))
                    .get("data");
            assertEquals(p.projectId(), closed.get("projectId").asText());
            assertEquals(p.key(), closed.get("projectKey").asText());
            assertEquals(id, closed.get("transitionId").asText());
            assertEquals(p.manager(), closed.get("by").get("subject").asText());
            assertTrue(closed.hasNonNull("closedAt"));
        }
        given().when().get("/api/v1/projects/" + p.projectId())
                .then().body("status", equalTo("CLOSED"))
                .body("phase", equalTo("CLOSURE"))
                .body("activePhases", empty());
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"name\":\"Renamed\"}")
                .when().patch("/api/v1/projects/" + p.projectId())
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        pass(p.projectId(), "{\"gate\":\"CLOSE_PROJECT\",\"waiverReason\":\"Again\"}")
                .statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        given().when().get("/api/v1/projects/" + p.projectId() + "/gates/CLOSE_PROJECT")
                .then().statusCode(200).body("passed", equalTo(true)).body("next", equalTo(false));
    }

    @Test
    void listsThePhaseHistoryOldestFirst() {
        People p = project();
        walk(p.projectId(), "START_PLANNING", "START_EXECUTION");
        given().when().get(transitions(p.projectId()))
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.gate", equalTo(List.of("START_PLANNING", "START_EXECUTION")))
                .body("items.toPhase", equalTo(List.of("PLANNING", "EXECUTION")));
        List<String> links = given().queryParam("size", 1).when().get(transitions(p.projectId()))
                .then().statusCode(200)
                .body("totalPages", equalTo(2))
                .body("items[0].gate", equalTo("START_PLANNING"))
                .extract().headers().getValues("Link");
        assertTrue(links.stream().anyMatch(link -> link.contains("page=1") && link.contains("rel=\"next\"")),
                links.toString());
        given().queryParam("sort", "-at").when().get(transitions(p.projectId()))
                .then().body("items[0].gate", equalTo("START_EXECUTION"));
    }

    @Test
    void unknownProjectIs404() {
        String unknown = UUID.randomUUID().toString();
        pass(unknown, "{\"gate\":\"START_PLANNING\"}").statusCode(404);
        given().when().get(transitions(unknown)).then().statusCode(404);
    }

    @Test
    void onlyManagersPassGates() {
        People p = project();
        String viewer = "v-" + UUID.randomUUID();
        String member = "t-" + UUID.randomUUID();
        addMember(p.projectId(), viewer, "VIEWER");
        addMember(p.projectId(), member, "MEMBER");
        for (String who : new String[] { viewer, member, p.sponsor() }) {
            given().auth().oauth2(TestTokens.forUser(who)).contentType(ContentType.JSON)
                    .body("{\"gate\":\"START_PLANNING\",\"waiverReason\":\"x\"}")
                    .when().post(transitions(p.projectId()))
                    .then().statusCode(403)
                    .body("type", equalTo("https://implementa.io/problems/forbidden"));
        }
        given().auth().oauth2(TestTokens.forUser(viewer)).when().get(transitions(p.projectId()))
                .then().statusCode(200);
        String outsider = TestTokens.forUser("o-" + UUID.randomUUID());
        given().auth().oauth2(outsider).contentType(ContentType.JSON).body("{\"gate\":\"START_PLANNING\"}")
                .when().post(transitions(p.projectId()))
                .then().statusCode(404);
        given().auth().oauth2(outsider).when().get(transitions(p.projectId())).then().statusCode(404);
        given().when().get("/api/v1/projects/" + p.projectId()).then().body("phase", equalTo("INITIATION"));
    }
}
