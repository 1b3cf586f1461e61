package io.implementa.project;

import static io.implementa.project.project.ProjectResourceTest.projectJson;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.implementa.project.lifecycle.Lifecycle;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The acceptance walk: one project from proposal through all five phases to closed, through the public
 * API only and as the people who would do each step (manager, sponsor, an accountable key user), with the
 * lifecycle's events read back from Kafka.
 */
@QuarkusTest
class ProjectLifecycleWalkTest {

    static final String SYSTEMS_IMPLEMENTATION = "00000000-0000-4000-8000-000000000001";

    final String suffix = UUID.randomUUID().toString();
    final String managerSubject = "walk-manager-" + suffix;
    final String sponsorSubject = "walk-sponsor-" + suffix;
    final String keyUserSubject = "walk-keyuser-" + suffix;
    final String manager = TestTokens.forUser(managerSubject);
    final String sponsor = TestTokens.forUser(sponsorSubject);
    final String keyUser = TestTokens.forUser(keyUserSubject);

    String projectId;
    String base;

    @Test
    void walksAProjectFromProposalToClosed() {
        String key = uniqueKey();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(Lifecycle.TOPIC)) {
            // Initiation: the manager proposes the project from the built-in template.
            projectId = as(manager).body(projectJson(key).replace("sub-manager", managerSubject)
                            .replace("sub-sponsor", sponsorSubject))
                    .when().post("/api/v1/project-templates/" + SYSTEMS_IMPLEMENTATION + "/projects")
                    .then().statusCode(201)
                    .body("status", equalTo("PROPOSED")).body("phase", equalTo("INITIATION"))
                    .extract().path("id");
            base = "/api/v1/projects/" + projectId;

            // A blocked gate: nothing of the initiation is done yet.
            as(manager).body("{\"gate\":\"START_PLANNING\"}")
                    .when().post(base + "/phase-transitions")
                    .then().statusCode(409)
                    .body("type", endsWith("gate-not-passed"))
                    .body("gate", equalTo("START_PLANNING"))
                    .body("unmetCriteria.id", hasItems("objectives-defined", "scope-approved", "checklist-complete"));

            // Initiation content: a measurable objective, a stakeholder, feasibility, an approved scope.
            String goLive = idWhere(base + "/objectives?size=50", "title", "Go live on the planned date");
            patch(manager, base + "/objectives/" + goLive, "{\"baseline\":0,\"target\":0,\"status\":\"AGREED\","
                    + "\"dueDate\":\"2027-11-30\"}");
            String uat = idWhere(base + "/deliverables?size=50", "name", "User acceptance testing (UAT)");
            as(manager).body("{\"person\":{\"subject\":\"" + keyUserSubject + "\",\"email\":\"kim@example.com\","
                            + "\"name\":\"Kim Key-User\"},\"role\":\"STAKEHOLDER\"}")
                    .when().post(base + "/members").then().statusCode(201);
            as(manager).body("""
                            {"name":"Kim Key-User","email":"kim@example.com","organisation":"Finance",
                             "role":"Head of finance processes","influence":"HIGH","interest":"HIGH",
                             "raci":[{"scope":"DELIVERABLE","deliverableId":"%s","raci":"ACCOUNTABLE"}],
                             "timeZone":"Europe/Madrid","locale":"es-ES","memberSubject":"%s"}
                            """.formatted(uat, keyUserSubject))
                    .when().post(base + "/stakeholders").then().statusCode(201);
            as(manager).body("{\"topic\":\"TECHNICAL\",\"text\":\"The vendor's adapters cover both legacy "
                            + "interfaces\",\"conclusion\":\"FEASIBLE\"}")
                    .when().post(base + "/feasibility-notes").then().statusCode(201);
            as(manager).body("{\"title\":\"Finance and controlling\",\"estimatedEffortDays\":120}")
                    .when().post(base + "/scope-items").then().statusCode(201);
            as(manager).body("{\"title\":\"Payroll\",\"inScope\":false}")
                    .when().post(base + "/scope-items").then().statusCode(201);
            as(sponsor).body("{\"note\":\"Approved at the steering committee\"}")
                    .when().post(base + "/scope/approval").then().statusCode(201).body("approved", equalTo(true));
            tickChecklist("START_PLANNING");
            pass("START_PLANNING", null).body("status", equalTo("ACTIVE")).body("toPhase", equalTo("PLANNING"))
                    .body("waived", equalTo(false));

            // Planning: the gate is passed on the sponsor's word although its checklist is open, and that is kept.
            pass("START_EXECUTION", "Vendor contract signature slipped a week; steering committee agreed to start")
                    .body("toPhase", equalTo("EXECUTION"))
                    .body("waived", equalTo(true))
                    .body("waivedCriteria", hasItem("checklist-complete"));
            given().when().get(base).then().statusCode(200)
                    .body("activePhases", contains("EXECUTION", "MONITORING_AND_CONTROL"));

            // Execution: work added to the approved scope without a change request is flagged as creep.
            as(manager).body("{\"title\":\"Extra management reports\",\"estimatedEffortDays\":15}")
                    .when().post(base + "/scope-items").then().statusCode(201).body("creep", equalTo(true));
            JsonPath scope = given().when().get(base + "/scope").then().statusCode(200)
                    .body("approved", equalTo(true))
                    .body("creepItems", equalTo(1))
                    .extract().jsonPath();
            assertEquals(15.0, scope.getDouble("creepEffortDays"));

            // UAT is rejected by the accountable key user, fixed, resubmitted and accepted by them.
            submit(uat);
            as(keyUser).body("{\"decision\":\"REJECTED\",\"comment\":\"Month-end close scenario fails\"}")
                    .when().post(base + "/deliverables/" + uat + "/acceptance")
                    .then().statusCode(200).body("status", equalTo("REJECTED"));
            as(manager).body("{\"name\":\"UAT cycle 2\",\"type\":\"TEST_RUN\",\"result\":\"PASSED\","
                            + "\"evidenceLink\":\"https://tests.example.com/uat/2\"}")
                    .when().post(base + "/deliverables/" + uat + "/quality-checks").then().statusCode(201);
            submit(uat);
            as(sponsor).body("{\"decision\":\"ACCEPTED\"}")
                    .when().post(base + "/deliverables/" + uat + "/acceptance")
                    .then().statusCode(403).body("type", endsWith("not-accountable"));
            as(keyUser).body("{\"decision\":\"ACCEPTED\",\"comment\":\"All scenarios pass\"}")
                    .when().post(base + "/deliverables/" + uat + "/acceptance")
                    .then().statusCode(200).body("status", equalTo("ACCEPTED"));
            given().when().get(base + "/deliverables/" + uat + "/decisions").then().statusCode(200)
                    .body("items.decision", contains("REJECTED", "ACCEPTED"))
                    .body("items.decidedBy.subject", contains(keyUserSubject, keyUserSubject));

            // The other deliverables: the vendor was chosen before the project, the rest the sponsor accepts.
            String vendorSelection = idWhere(base + "/deliverables?size=50", "name", "Vendor selection");
            as(sponsor).body("{\"reason\":\"The vendor was selected by group procurement before the project\"}")
                    .when().post(base + "/deliverables/" + vendorSelection + "/waiver")
                    .then().statusCode(200).body("status", equalTo("WAIVED"));
            List<String> open = given().when().get(base + "/deliverables?size=50&status=PLANNED")
                    .then().statusCode(200).extract().path("items.id");
            for (String deliverable : open) {
                submit(deliverable);
                as(sponsor).body("{\"decision\":\"ACCEPTED\"}")
                        .when().post(base + "/deliverables/" + deliverable + "/acceptance")
                        .then().statusCode(200);
            }
            tickChecklist("START_CLOSURE");
            pass("START_CLOSURE", null).body("toPhase", equalTo("CLOSURE")).body("waived", equalTo(false));

            // Closure: the objective is measured, the review and the lessons are recorded, the project closes.
            patch(manager, base + "/objectives/" + goLive, "{\"actual\":0,\"status\":\"ACHIEVED\"}");
            as(manager).body("""
                            {"objectives":[{"objectiveId":"%s","summary":"Went live on the planned date","achieved":"YES"}],
                             "whatWentWell":"Three migration rehearsals caught every blocking defect",
                             "whatDidNot":"Key users were released for UAT too late",
                             "recommendations":"Book key users for UAT at project start"}
                            """.formatted(goLive))
                    .when().put(base + "/review").then().statusCode(201);
            String marker = "walk" + suffix.substring(0, 8);
            as(manager).body("{\"category\":\"TESTING\",\"description\":\"UAT started before key users were free "
                            + marker + "\",\"recommendation\":\"Plan key-user capacity with their line managers\","
                            + "\"shareable\":true}")
                    .when().post(base + "/lessons").then().statusCode(201);
            as(manager).body("{\"category\":\"VENDOR\",\"description\":\"Contract signature slipped " + marker
                            + "\"}")
                    .when().post(base + "/lessons").then().statusCode(201);
            // Someone from another project finds the shareable lesson only.
            given().auth().oauth2(TestTokens.forUser("walk-other-" + suffix))
                    .when().get("/api/v1/lessons?q=" + marker).then().statusCode(200)
                    .body("items.projectKey", contains(key))
                    .body("items.category", contains("TESTING"));
            tickChecklist("CLOSE_PROJECT");
            pass("CLOSE_PROJECT", null).body("status", equalTo("CLOSED")).body("waived", equalTo(false));

            // Closed: read-only, with its history readable.
            String etag = given().when().get(base).then().statusCode(200)
                    .body("status", equalTo("CLOSED")).body("activePhases", empty())
                    .extract().header("ETag");
            given().header("If-Match", etag).contentType("application/merge-patch+json")
                    .body("{\"name\":\"Renamed after closing\"}")
                    .when().patch(base)
                    .then().statusCode(409).body("type", endsWith("project-not-editable"));
            given().when().get(base + "/phase-transitions").then().statusCode(200)
                    .body("items.gate", contains("START_PLANNING", "START_EXECUTION", "START_CLOSURE", "CLOSE_PROJECT"))
                    .body("items.waived", contains(false, true, false, false));

            // The suite heard every step.
            List<String> gates = events.awaitRecords(Lifecycle.event(projectId,
                            "io.implementa.project.ProjectPhaseAdvanced"), 4).stream()
                    .map(record -> data(record).path("gate").asText()).toList();
            assertEquals(List.of("START_PLANNING", "START_EXECUTION", "START_CLOSURE", "CLOSE_PROJECT"), gates);
            JsonNode waived = data(events.awaitRecord(Lifecycle.event(projectId, "io.implementa.project.GateWaived")));
            assertEquals("START_EXECUTION", waived.path("gate").asText());
            assertEquals(managerSubject, waived.path("by").path("subject").asText());
            assertTrue(waived.path("reason").asText().startsWith("Vendor contract signature slipped"));
            JsonNode creep = data(events.awaitRecord(Lifecycle.event(projectId,
                    "io.implementa.project.ScopeCreepDetected")));
            assertEquals("Extra management reports", creep.path("title").asText());
            JsonNode rejected = data(events.awaitRecord(Lifecycle.event(projectId,
                    "io.implementa.project.DeliverableRejected")));
            assertEquals(uat, rejected.path("deliverableId").asText());
            assertTrue(events.awaitRecords(Lifecycle.event(projectId, "io.implementa.project.DeliverableAccepted"),
                            open.size() + 1).stream()
                    .anyMatch(record -> uat.equals(data(record).path("deliverableId").asText())));
            JsonNode closed = data(events.awaitRecord(Lifecycle.event(projectId, "io.implementa.project.ProjectClosed")));
            assertEquals(key, closed.path("projectKey").asText());
            assertEquals(false, closed.path("waived").asBoolean());
        }
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private io.restassured.response.ValidatableResponse pass(String gate, String waiverReason) {
        String body = waiverReason == null ? "{\"gate\":\"" + gate + "\"}"
                : "{\"gate\":\"" + gate + "\",\"waiverReason\":\"" + waiverReason + "\"}";
        return as(manager).body(body).when().post(base + "/phase-transitions")
                .then().statusCode(201).body("gate", equalTo(gate));
    }

    /** Ticks every open item of the gate's checklist, as the manager. */
    private void tickChecklist(String gate) {
        JsonPath items = given().when().get(base + "/gates/" + gate + "/checklist?size=100&done=false")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> open = items.getList("items");
        assertTrue(!open.isEmpty(), "the template gives " + gate + " a checklist");
        for (Map<String, Object> item : open) {
            given().auth().oauth2(manager).contentType("application/merge-patch+json")
                    .header("If-Match", "\"" + item.get("version") + "\"")
                    .body("{\"done\":true}")
                    .when().patch(base + "/gates/" + gate + "/checklist/" + item.get("id"))
                    .then().statusCode(200).body("done", equalTo(true));
        }
    }

    private void submit(String deliverableId) {
        as(manager).body("{}").when().post(base + "/deliverables/" + deliverableId + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    private static void patch(String token, String path, String body) {
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(token).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(body).when().patch(path).then().statusCode(200);
    }

    private static String idWhere(String listPath, String field, String value) {
        List<Map<String, Object>> items = given().when().get(listPath).then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(item -> value.equals(item.get(field))).map(item -> (String) item.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no item with " + field + " = " + value));
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        return Lifecycle.read(record).path("data");
    }
}
