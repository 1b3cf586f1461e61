package io.implementa.project.portfolio;

import static io.implementa.project.lifecycle.Lifecycle.addChecklistItem;
import static io.implementa.project.lifecycle.Lifecycle.changeStatus;
import static io.implementa.project.lifecycle.Lifecycle.walk;
import static io.implementa.project.project.ProjectResourceTest.projectJson;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.implementa.project.gate.GateEvaluator;
import io.implementa.project.gate.OwnCriteria;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PortfolioResourceTest {

    @Inject
    GateEvaluator evaluator;

    /** A project of {@code manager} named after {@code tag}, so a test finds its own projects by text. */
    private static String project(String key, String manager, String tag) {
        String body = projectJson(key).replace("sub-manager", manager).replace("ERP roll-out", "Portfolio " + tag);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    @Test
    void summarisesEachProjectWithItsNextGate() {
        OwnCriteria.only(evaluator);
        String manager = "m-" + UUID.randomUUID();
        String key = uniqueKey();
        String id = project(key, manager, "summary");
        given().auth().oauth2(TestTokens.forUser(manager)).when().get("/api/v1/portfolio")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items[0].id", equalTo(id))
                .body("items[0].key", equalTo(key))
                .body("items[0].name", equalTo("Portfolio summary"))
                .body("items[0].status", equalTo("PROPOSED"))
                .body("items[0].phase", equalTo("INITIATION"))
                .body("items[0].activePhases", equalTo(List.of("INITIATION")))
                .body("items[0].plannedStart", equalTo("2027-01-04"))
                .body("items[0].plannedEnd", equalTo("2027-12-17"))
                .body("items[0].manager.subject", equalTo(manager))
                .body("items[0].nextGate.gate", equalTo("START_PLANNING"))
                .body("items[0].nextGate.wouldPass", equalTo(true))
                .body("items[0].nextGate.unmetCriteria", equalTo(0))
                .body("items[0].openDeliverables", equalTo(0));

        addChecklistItem(id, "START_PLANNING", "Charter signed");
        given().auth().oauth2(TestTokens.forUser(manager)).when().get("/api/v1/portfolio")
                .then().statusCode(200)
                .body("items[0].nextGate.wouldPass", equalTo(false))
                .body("items[0].nextGate.unmetCriteria", equalTo(1));
    }

    @Test
    void aMemberSeesOnlyTheProjectsTheyBelongTo() {
        String manager = "m-" + UUID.randomUUID();
        String mine = uniqueKey();
        project(mine, manager, "visibility");
        project(uniqueKey(), "m-" + UUID.randomUUID(), "visibility");
        given().auth().oauth2(TestTokens.forUser(manager)).queryParam("size", 100).when().get("/api/v1/portfolio")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.key", equalTo(List.of(mine)));
        given().auth().oauth2(TestTokens.forUser("o-" + UUID.randomUUID())).when().get("/api/v1/portfolio")
                .then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("items", empty());
    }

    @Test
    void aPortfolioViewerSeesEveryProject() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = uniqueKey();
        String second = uniqueKey();
        project(first, "m-" + UUID.randomUUID(), tag);
        project(second, "m-" + UUID.randomUUID(), tag);
        given().auth().oauth2(TestTokens.forUser("pmo-" + UUID.randomUUID(), "portfolio-viewer"))
                .queryParam("q", tag).queryParam("sort", "key")
                .when().get("/api/v1/portfolio")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.key", equalTo(first.compareTo(second) < 0 ? List.of(first, second) : List.of(second, first)));
    }

    @Test
    void filtersByStatusAndPhase() {
        String manager = "m-" + UUID.randomUUID();
        String proposed = uniqueKey();
        String active = uniqueKey();
        project(proposed, manager, "filters");
        String activeId = project(active, manager, "filters");
        walk(activeId, "START_PLANNING", "START_EXECUTION");
        String token = TestTokens.forUser(manager);
        given().auth().oauth2(token).queryParam("status", "active").when().get("/api/v1/portfolio")
                .then().statusCode(200)
                .body("items.key", equalTo(List.of(active)))
                .body("items[0].phase", equalTo("EXECUTION"))
                .body("items[0].activePhases", equalTo(List.of("EXECUTION", "MONITORING_AND_CONTROL")))
                .body("items[0].nextGate.gate", equalTo("START_CLOSURE"));
        given().auth().oauth2(token).queryParam("phase", "INITIATION").when().get("/api/v1/portfolio")
                .then().statusCode(200)
                .body("items.key", equalTo(List.of(proposed)));
    }

    @Test
    void aCancelledProjectHasNoNextGate() {
        String manager = "m-" + UUID.randomUUID();
        String id = project(uniqueKey(), manager, "cancelled");
        changeStatus(id, "CANCELLED", "Withdrawn");
        given().auth().oauth2(TestTokens.forUser(manager)).when().get("/api/v1/portfolio")
                .then().statusCode(200)
                .body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].nextGate", nullValue())
                .body("items[0].activePhases", empty());
    }

    @Test
    void refusesBadParametersAndAnonymousCallers() {
        given().queryParam("status", "SOMETHING").when().get("/api/v1/portfolio")
                .then().statusCode(400)
                .body("type", equalTo("https://implementa.io/problems/invalid-parameter"));
        given().queryParam("sort", "budget").when().get("/api/v1/portfolio")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("size", 101).when().get("/api/v1/portfolio")
                .then().statusCode(422);
        given().header("Authorization", "").when().get("/api/v1/portfolio")
                .then().statusCode(401);
    }
}
