package io.implementa.project.lifecycle;

import static io.implementa.project.lifecycle.Lifecycle.addChecklistItem;
import static io.implementa.project.lifecycle.Lifecycle.project;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.implementa.project.gate.GateEvaluator;
import io.implementa.project.gate.OwnCriteria;
import io.implementa.project.lifecycle.Lifecycle.People;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GateResourceTest {

    @Inject
    GateEvaluator evaluator;

    private static String gate(String projectId, String gate) {
        return "/api/v1/projects/" + projectId + "/gates/" + gate;
    }

    @Test
    void previewsEveryCriterionOfTheNextGate() {
        People p = project();
        given().when().get(gate(p.projectId(), "START_PLANNING"))
                .then().statusCode(200)
                .body("gate", equalTo("START_PLANNING"))
                .body("fromPhase", equalTo("INITIATION"))
                .body("toPhase", equalTo("PLANNING"))
                .body("next", equalTo(true))
                .body("passed", equalTo(false))
                .body("passage", nullValue())
                .body("criteria.id", hasItems("sponsor-named", "checklist-complete"))
                .body("criteria.find { it.id == 'sponsor-named' }.met", equalTo(true))
                .body("criteria.find { it.id == 'sponsor-named' }.description", equalTo("The project has a sponsor"))
                .body("criteria.find { it.id == 'checklist-complete' }.met", equalTo(true))
                .body("criteria.find { it.id == 'checklist-complete' }.detail", nullValue())
                .body("criteria.find { it.id == 'checklist-complete' }.waived", equalTo(false));
    }

    @Test
    void anOpenChecklistItemIsAnUnmetCriterion() {
        OwnCriteria.only(evaluator);
        People p = project();
        given().when().get(gate(p.projectId(), "START_PLANNING"))
                .then().statusCode(200)
                .body("wouldPass", equalTo(true))
                .body("unmetCriteria", equalTo(0));
        addChecklistItem(p.projectId(), "START_PLANNING", "Charter signed by the sponsor");
        addChecklistItem(p.projectId(), "START_EXECUTION", "Another gate's item does not count here");
        given().when().get(gate(p.projectId(), "START_PLANNING"))
                .then().statusCode(200)
                .body("wouldPass", equalTo(false))
                .body("unmetCriteria", equalTo(1))
                .body("criteria.find { it.id == 'checklist-complete' }.met", equalTo(false))
                .body("criteria.find { it.id == 'checklist-complete' }.detail",
                        equalTo("1 of 1 checklist items open: 'Charter signed by the sponsor'"));
    }

    @Test
    void aLaterGateIsNotNextAndClosingLeadsNowhere() {
        People p = project();
        given().when().get(gate(p.projectId(), "CLOSE_PROJECT"))
                .then().statusCode(200)
                .body("next", equalTo(false))
                .body("fromPhase", equalTo("CLOSURE"))
                .body("toPhase", nullValue())
                .body("criteria.id", hasItems("checklist-complete"));
    }

    @Test
    void showsTheWaiverOfAPassedGate() {
        People p = project();
        addChecklistItem(p.projectId(), "START_PLANNING", "Charter signed by the sponsor");
        given().contentType(ContentType.JSON)
                .body("{\"gate\":\"START_PLANNING\",\"waiverReason\":\"Signature follows next week\"}")
                .when().post("/api/v1/projects/" + p.projectId() + "/phase-transitions")
                .then().statusCode(201);
        given().when().get(gate(p.projectId(), "START_PLANNING"))
                .then().statusCode(200)
                .body("passed", equalTo(true))
                .body("next", equalTo(false))
                .body("passage.waived", equalTo(true))
                .body("passage.waiverReason", equalTo("Signature follows next week"))
                .body("passage.by.subject", equalTo("test-admin"))
                .body("passage.waivedCriteria", hasItems("checklist-complete"))
                .body("criteria.find { it.id == 'checklist-complete' }.waived", equalTo(true))
                .body("criteria.find { it.id == 'sponsor-named' }.waived", equalTo(false));
        given().when().get(gate(p.projectId(), "START_EXECUTION"))
                .then().statusCode(200)
                .body("next", equalTo(true));
    }

    @Test
    void unknownProjectOrGateIsRefused() {
        given().when().get(gate(UUID.randomUUID().toString(), "START_PLANNING")).then().statusCode(404);
        People p = project();
        given().when().get(gate(p.projectId(), "MONITORING_AND_CONTROL"))
                .then().statusCode(400)
                .body("type", equalTo("https://implementa.io/problems/invalid-parameter"))
                .body("detail", containsString("START_PLANNING"));
    }

    @Test
    void membersMayPreviewOutsidersMayNot() {
        People p = project();
        String viewer = "v-" + UUID.randomUUID();
        Lifecycle.addMember(p.projectId(), viewer, "VIEWER");
        given().auth().oauth2(TestTokens.forUser(viewer)).when().get(gate(p.projectId(), "START_PLANNING"))
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.forUser("o-" + UUID.randomUUID()))
                .when().get(gate(p.projectId(), "START_PLANNING"))
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser("pmo-" + UUID.randomUUID(), "portfolio-viewer"))
                .when().get(gate(p.projectId(), "START_PLANNING"))
                .then().statusCode(200);
    }
}
