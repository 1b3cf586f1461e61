package io.implementa.project.evm;

import static io.implementa.project.cost.Costs.book;
import static io.implementa.project.cost.Costs.setBudget;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.implementa.project.lifecycle.Lifecycle;
import io.implementa.project.lifecycle.Lifecycle.People;
import io.implementa.project.task.Planning;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EarnedValueResourceTest {

    @Inject
    EntityManager em;

    @Test
    void withoutABaselineEveryFigureButActualCostIsNullWithTheReason() {
        People p = Lifecycle.project();
        setBudget(p.projectId(), "EUR", "1000");
        book(p.projectId(), "SERVICES", "120", "EUR");
        given().when().get("/api/v1/projects/" + p.projectId() + "/earned-value?statusDate=2027-03-01&method=CPI_SPI")
                .then().statusCode(200)
                .body("statusDate", equalTo("2027-03-01"))
                .body("method", equalTo("CPI_SPI"))
                .body("baseline", equalTo(false))
                .body("currency", equalTo("EUR"))
                .body("project.ac", equalTo(120.0f))
                .body("project.bac", nullValue())
                .body("project.cpi", nullValue())
                .body("project.reasons.eac", equalTo("the project has no baseline"))
                .body("sCurve", empty());
    }

    @Test
    void measuresAgainstTheCurrentBaseline() {
        People p = Lifecycle.project();
        setBudget(p.projectId(), "EUR", "2000");
        String task = Planning.post(p.projectId(), "{\"name\":\"Configure\",\"duration\":10,\"percentComplete\":40}");
        given().contentType(ContentType.JSON).body("{\"fixedCost\":1000,\"currency\":\"EUR\"}")
                .when().put("/api/v1/projects/" + p.projectId() + "/tasks/" + task + "/planned-cost")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"name\":\"Approved plan\"}")
                .when().post("/api/v1/projects/" + p.projectId() + "/baselines")
                .then().statusCode(201);
        book(p.projectId(), "SERVICES", "450", "EUR");
        given().when().get("/api/v1/projects/" + p.projectId() + "/earned-value?statusDate=2027-02-01")
                .then().statusCode(200)
                .body("baseline", equalTo(true))
                .body("method", equalTo("CPI"))
                .body("project.bac", equalTo(1000.0f))
                .body("project.pv", equalTo(1000.0f))
                .body("project.ev", equalTo(400.0f))
                .body("project.ac", equalTo(450.0f))
                .body("project.spi", equalTo(0.4f))
                .body("project.cpi", equalTo(0.889f))
                .body("project.eac", equalTo(1125.0f))
                .body("project.tcpi", equalTo(1.091f))
                .body("branches", hasSize(1))
                .body("branches[0].name", equalTo("Configure"))
                .body("sCurve[-1].date", equalTo("2027-02-01"))
                .body("sCurve[-1].ev", equalTo(400.0f));
    }

    /**
     * Task "Configure": 10 working days from Monday 4 January 2027, baseline cost 1000. Its progress is written
     * today through the API (20 %), then twice more as if on later days (50 % on 8 January, 90 % on 13 January):
     * a write with another {@code updated_at}, as the service's clock would stamp it then.
     */
    @Test
    void everyProgressChangeIsRecordedAndEarnedAsOfEachDate() {
        People p = Lifecycle.project();
        setBudget(p.projectId(), "EUR", "2000");
        String task = Planning.post(p.projectId(), "{\"name\":\"Configure\",\"duration\":10}");
        given().contentType(ContentType.JSON).body("{\"fixedCost\":1000,\"currency\":\"EUR\"}")
                .when().put("/api/v1/projects/" + p.projectId() + "/tasks/" + task + "/planned-cost")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"name\":\"Approved plan\"}")
                .when().post("/api/v1/projects/" + p.projectId() + "/baselines")
                .then().statusCode(201);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"percentComplete\":20}")
                .when().patch("/api/v1/projects/" + p.projectId() + "/tasks/" + task)
                .then().statusCode(200);
        progressOn(task, 50, "2027-01-08T09:00:00Z");
        progressOn(task, 90, "2027-01-13T16:30:00Z");
        book(p.projectId(), "SERVICES", "450", "EUR");

        assertEquals(List.of(20, 50, 90), QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select percent_complete from task_progress where task_id = ?1 order by recorded_on", Integer.class)
                .setParameter(1, UUID.fromString(task)).getResultList()));
        given().when().get("/api/v1/projects/" + p.projectId() + "/earned-value?statusDate=2027-01-15")
                .then().statusCode(200)
                .body("project.pv", equalTo(1000.0f))
                .body("project.ev", equalTo(900.0f))
                .body("sCurve.date", equalTo(List.of("2027-01-04", "2027-01-11", "2027-01-15")))
                .body("sCurve.pv", equalTo(List.of(100.0f, 600.0f, 1000.0f)))
                .body("sCurve.ev", equalTo(List.of(200.0f, 500.0f, 900.0f)));
        given().when().get("/api/v1/projects/" + p.projectId() + "/earned-value?statusDate=2027-01-12")
                .then().statusCode(200)
                .body("project.pv", equalTo(700.0f))
                .body("project.ev", equalTo(500.0f))
                .body("project.spi", equalTo(0.714f));
    }

    @Test
    void aStatusDateBeforeTheBaselineStartGivesNullsWithTheReason() {
        People p = Lifecycle.project();
        String task = Planning.post(p.projectId(), "{\"name\":\"Configure\",\"duration\":10}");
        given().contentType(ContentType.JSON).body("{\"name\":\"Approved plan\"}")
                .when().post("/api/v1/projects/" + p.projectId() + "/baselines")
                .then().statusCode(201);
        given().when().get("/api/v1/projects/" + p.projectId() + "/earned-value?statusDate=2026-12-01")
                .then().statusCode(200)
                .body("baseline", equalTo(true))
                .body("project.ac", equalTo(0.0f))
                .body("project.ev", nullValue())
                .body("project.spi", nullValue())
                .body("project.reasons.ev", containsString("before the baseline start 2027-01-04"))
                .body("sCurve", empty());
    }

    private void progressOn(String task, int percent, String at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update task set percent_complete = ?1, updated_at = cast(?2 as timestamptz) where id = ?3")
                .setParameter(1, percent).setParameter(2, at).setParameter(3, UUID.fromString(task)).executeUpdate());
    }

    @Test
    void anUnknownMethodIsABadRequest() {
        People p = Lifecycle.project();
        given().when().get("/api/v1/projects/" + p.projectId() + "/earned-value?method=GUESS")
                .then().statusCode(400).body("detail", containsString("CPI"));
        given().when().get("/api/v1/projects/" + UUID.randomUUID() + "/earned-value").then().statusCode(404);
    }
}
