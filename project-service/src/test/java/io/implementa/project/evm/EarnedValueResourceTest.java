package io.implementa.project.evm;

import static io.implementa.project.cost.Costs.book;
import static io.implementa.project.cost.Costs.setBudget;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.implementa.project.lifecycle.Lifecycle;
import io.implementa.project.lifecycle.Lifecycle.People;
import io.implementa.project.task.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EarnedValueResourceTest {

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

    @Test
    void anUnknownMethodIsABadRequest() {
        People p = Lifecycle.project();
        given().when().get("/api/v1/projects/" + p.projectId() + "/earned-value?method=GUESS")
                .then().statusCode(400).body("detail", containsString("CPI"));
        given().when().get("/api/v1/projects/" + UUID.randomUUID() + "/earned-value").then().statusCode(404);
    }
}
