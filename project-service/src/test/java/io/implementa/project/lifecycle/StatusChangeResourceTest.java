package io.implementa.project.lifecycle;

import static io.implementa.project.lifecycle.Lifecycle.TOPIC;
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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.implementa.project.lifecycle.Lifecycle.People;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatusChangeResourceTest {

    private static String changes(String projectId) {
        return "/api/v1/projects/" + projectId + "/status-changes";
    }

    private static ValidatableResponse change(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(changes(projectId)).then();
    }

    @Test
    void putsAnActiveProjectOnHoldAndAnnouncesIt() throws Exception {
        People p = project();
        walk(p.projectId(), "START_PLANNING");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String location = given().auth().oauth2(TestTokens.forUser(p.manager())).contentType(ContentType.JSON)
                    .body("{\"status\":\"ON_HOLD\",\"reason\":\"Vendor contract renegotiation\"}")
                    .when().post(changes(p.projectId()))
                    .then().statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("projectId", equalTo(p.projectId()))
                    .body("fromStatus", equalTo("ACTIVE"))
                    .body("toStatus", equalTo("ON_HOLD"))
                    .body("reason", equalTo("Vendor contract renegotiation"))
                    .body("gate", nullValue())
                    .body("by.subject", equalTo(p.manager()))
                    .body("at", notNullValue())
                    .extract().header("Location");
            given().when().get(location).then().statusCode(200).body("toStatus", equalTo("ON_HOLD"));

            JsonNode event = read(events.awaitRecord(event(p.projectId(), "io.implementa.project.ProjectPutOnHold")));
            assertEquals(p.projectId(), event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(p.key(), data.get("projectKey").asText());
            assertEquals("PLANNING", data.get("phase").asText());
            assertEquals("Vendor contract renegotiation", data.get("reason").asText());
            assertEquals(p.manager(), data.get("by").get("subject").asText());
        }
        given().when().get("/api/v1/projects/" + p.projectId())
                .then().body("status", equalTo("ON_HOLD")).body("phase", equalTo("PLANNING"));
    }

    @Test
    void resumesAProjectOnHoldAndAnnouncesIt() throws Exception {
        People p = project();
        walk(p.projectId(), "START_PLANNING");
        changeStatus(p.projectId(), "ON_HOLD", "Waiting for the vendor");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            change(p.projectId(), "{\"status\":\"ACTIVE\"}")
                    .statusCode(201)
                    .body("fromStatus", equalTo("ON_HOLD"))
                    .body("toStatus", equalTo("ACTIVE"))
                    .body("reason", nullValue());
            JsonNode data = read(events.awaitRecord(event(p.projectId(), "io.implementa.project.ProjectResumed")))
                    .get("data");
            assertEquals(p.projectId(), data.get("projectId").asText());
            assertEquals(p.key(), data.get("projectKey").asText());
            assertEquals("test-admin", data.get("by").get("subject").asText());
        }
        given().when().get("/api/v1/projects/" + p.projectId()).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void cancelsAProposedProjectWhichBecomesReadOnly() throws Exception {
        People p = project();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(TestTokens.forUser(p.sponsor())).contentType(ContentType.JSON)
                    .body("{\"status\":\"CANCELLED\",\"reason\":\"Business case withdrawn\"}")
                    .when().post(changes(p.projectId()))
                    .then().statusCode(201)
                    .body("fromStatus", equalTo("PROPOSED"))
                    .body("toStatus", equalTo("CANCELLED"))
                    .body("by.subject", equalTo(p.sponsor()));
            JsonNode data = read(events.awaitRecord(event(p.projectId(), "io.implementa.project.ProjectCancelled")))
                    .get("data");
            assertEquals(p.key(), data.get("projectKey").asText());
            assertEquals("INITIATION", data.get("phase").asText());
            assertEquals("PROPOSED", data.get("previousStatus").asText());
            assertEquals("Business case withdrawn", data.get("reason").asText());
            assertEquals(p.sponsor(), data.get("by").get("subject").asText());
            assertTrue(data.hasNonNull("cancelledAt"));
        }
        given().when().get("/api/v1/projects/" + p.projectId())
                .then().body("status", equalTo("CANCELLED")).body("activePhases", empty());
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"name\":\"Renamed\"}")
                .when().patch("/api/v1/projects/" + p.projectId())
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        given().contentType(ContentType.JSON).body("{\"gate\":\"START_PLANNING\",\"waiverReason\":\"x\"}")
                .when().post("/api/v1/projects/" + p.projectId() + "/phase-transitions")
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/project-not-editable"));
    }

    @Test
    void cancelsAProjectOnHold() {
        People p = project();
        walk(p.projectId(), "START_PLANNING");
        changeStatus(p.projectId(), "ON_HOLD", "Paused");
        change(p.projectId(), "{\"status\":\"CANCELLED\",\"reason\":\"Never resumed\"}")
                .statusCode(201)
                .body("fromStatus", equalTo("ON_HOLD"));
    }

    @Test
    void holdingOrCancellingNeedsAReason() {
        People p = project();
        walk(p.projectId(), "START_PLANNING");
        change(p.projectId(), "{\"status\":\"ON_HOLD\"}")
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", containsString("ON_HOLD"));
        change(p.projectId(), "{\"status\":\"CANCELLED\",\"reason\":\"  \"}")
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        change(p.projectId(), "{\"status\":\"CANCELLED\",\"reason\":\"" + "x".repeat(2001) + "\"}")
                .statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        given().when().get("/api/v1/projects/" + p.projectId()).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void refusesAMissingOrUnknownStatus() {
        People p = project();
        change(p.projectId(), "{\"reason\":\"x\"}").statusCode(422).body("errors[0].field", equalTo("status"));
        change(p.projectId(), "{\"status\":\"PAUSED\",\"reason\":\"x\"}").statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void refusesStatusChangesTheLifecycleDoesNotAllow() {
        People p = project();
        change(p.projectId(), "{\"status\":\"ON_HOLD\",\"reason\":\"Not started yet\"}")
                .statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/invalid-status-change"))
                .body("currentStatus", equalTo("PROPOSED"))
                .body("allowedStatuses", equalTo(List.of("CANCELLED")));
        change(p.projectId(), "{\"status\":\"ACTIVE\"}")
                .statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/invalid-status-change"));
        change(p.projectId(), "{\"status\":\"PROPOSED\"}")
                .statusCode(409);
        walk(p.projectId(), "START_PLANNING");
        change(p.projectId(), "{\"status\":\"ACTIVE\"}")
                .statusCode(409)
                .body("allowedStatuses", equalTo(List.of("ON_HOLD", "CANCELLED")));
        change(p.projectId(), "{\"status\":\"CLOSED\",\"reason\":\"Done\"}")
                .statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/invalid-status-change"))
                .body("detail", containsString("CLOSE_PROJECT"));
    }

    @Test
    void aClosedOrCancelledProjectKeepsItsStatus() {
        People p = project();
        changeStatus(p.projectId(), "CANCELLED", "Stopped");
        change(p.projectId(), "{\"status\":\"ACTIVE\"}")
                .statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/invalid-status-change"))
                .body("allowedStatuses", empty());
        People closed = project();
        walk(closed.projectId(), "START_PLANNING", "START_EXECUTION", "START_CLOSURE", "CLOSE_PROJECT");
        change(closed.projectId(), "{\"status\":\"CANCELLED\",\"reason\":\"Too late\"}")
                .statusCode(409)
                .body("currentStatus", equalTo("CLOSED"));
    }

    @Test
    void listsTheStatusHistoryWithTheChangesGatesMade() {
        People p = project();
        walk(p.projectId(), "START_PLANNING");
        changeStatus(p.projectId(), "ON_HOLD", "Paused");
        changeStatus(p.projectId(), "ACTIVE", "Back on track");
        given().when().get(changes(p.projectId()))
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.toStatus", equalTo(List.of("ACTIVE", "ON_HOLD", "ACTIVE")))
                .body("items[0].fromStatus", equalTo("PROPOSED"))
                .body("items[0].gate", equalTo("START_PLANNING"))
                .body("items[1].reason", equalTo("Paused"))
                .body("items[2].reason", equalTo("Back on track"));
        given().queryParam("sort", "-at").queryParam("size", 1).when().get(changes(p.projectId()))
                .then().statusCode(200)
                .body("items[0].reason", equalTo("Back on track"))
                .body("totalPages", equalTo(3));
        given().when().get(changes(p.projectId()) + "/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get(changes(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void managersAndSponsorsChangeTheStatusOthersMayOnlyRead() {
        People p = project();
        String viewer = "v-" + UUID.randomUUID();
        String member = "t-" + UUID.randomUUID();
        addMember(p.projectId(), viewer, "VIEWER");
        addMember(p.projectId(), member, "MEMBER");
        for (String who : new String[] { viewer, member }) {
            given().auth().oauth2(TestTokens.forUser(who)).contentType(ContentType.JSON)
                    .body("{\"status\":\"CANCELLED\",\"reason\":\"x\"}")
                    .when().post(changes(p.projectId()))
                    .then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forUser(viewer)).when().get(changes(p.projectId())).then().statusCode(200);
        String outsider = TestTokens.forUser("o-" + UUID.randomUUID());
        given().auth().oauth2(outsider).contentType(ContentType.JSON).body("{\"status\":\"CANCELLED\",\"reason\":\"x\"}")
                .when().post(changes(p.projectId()))
                .then().statusCode(404);
        given().auth().oauth2(outsider).when().get(changes(p.projectId())).then().statusCode(404);
        given().when().get("/api/v1/projects/" + p.projectId()).then().body("status", equalTo("PROPOSED"));
    }
}
