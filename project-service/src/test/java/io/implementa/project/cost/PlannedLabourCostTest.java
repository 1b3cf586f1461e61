package io.implementa.project.cost;

import static io.implementa.project.cost.Costs.setBudget;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.implementa.project.lifecycle.Lifecycle;
import io.implementa.project.projection.ExternalFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Planned labour per task, worked by hand. The project starts Monday 2027-01-04 (Mon–Fri, 8 h a day, EUR budget).
 * <ul>
 * <li>Design, 10 working days (Jan 4–15), fixed cost 1,000: Ana at 50 % → 0.5 × 10 d × 8 h = 40 h, at 80 EUR/h
 * until Jan 10 and 100 EUR/h from Jan 11, so 20 h × 80 + 20 h × 100 = 3,600; Ben for 30 work hours, spread 3 h a
 * day, at 60 EUR/h = 1,800. Labour 5,400, total 6,400.</li>
 * <li>Build, 5 working days (Jan 4–8): Chen at 100 % = 40 h, but Chen's rate is in USD; Dana for 12 work hours,
 * but no rate of Dana is known. Labour 0, both listed as unpriced.</li>
 * </ul>
 */
@QuarkusTest
class PlannedLabourCostTest {

    @Inject
    ExternalFeed feed;

    record Plan(String projectId, String design, String build, UUID chen, UUID dana) {
    }

    private Plan plan() {
        String projectId = Lifecycle.project().projectId();
        setBudget(projectId, "EUR", "100000");
        UUID ana = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        UUID chen = UUID.randomUUID();
        UUID dana = UUID.randomUUID();
        feed.resourceWithRates(ana, "Ana Ortiz", "80.00 EUR 2026-01-01", "100.00 EUR 2027-01-11");
        feed.resourceWithRates(ben, "Ben Okafor", "60.00 EUR 2026-01-01");
        feed.resourceWithRates(chen, "Chen Wei", "90.00 USD 2026-01-01");
        String design = task(projectId, "Design", 10);
        String build = task(projectId, "Build", 5);
        given().contentType(ContentType.JSON).body("{\"fixedCost\":1000,\"category\":\"SERVICES\"}")
                .when().put(tasks(projectId) + "/" + design + "/planned-cost").then().statusCode(200);
        assign(projectId, design, ana, "\"units\":50");
        assign(projectId, design, ben, "\"workHours\":30");
        assign(projectId, build, chen, "\"units\":100");
        assign(projectId, build, dana, "\"workHours\":12");
        // The rates arrive through the broker: wait until the three resources' rates are held.
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> given().when().get(plannedCost(projectId, design))
                .then().body("labourCost", equalTo(5400.0f)));
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> given().when().get(plannedCost(projectId, build))
                .then().body("unpricedLabour.currency", containsInAnyOrder("USD", null)));
        return new Plan(projectId, design, build, chen, dana);
    }

    private static void assign(String projectId, String taskId, UUID resourceId, String measure) {
        given().contentType(ContentType.JSON).body("{\"resourceId\":\"%s\",%s}".formatted(resourceId, measure))
                .when().post(tasks(projectId) + "/" + taskId + "/assignments")
                .then().statusCode(201);
    }

    private static String plannedCost(String projectId, String taskId) {
        return tasks(projectId) + "/" + taskId + "/planned-cost";
    }

    @Test
    void labourIsAssignedWorkAtTheRateEffectiveOnEachWorkingDay() {
        Plan plan = plan();
        given().when().get(plannedCost(plan.projectId(), plan.design())).then().statusCode(200)
                .body("fixedCost", equalTo(1000.0f))
                .body("labourCost", equalTo(5400.0f))
                .body("totalCost", equalTo(6400.0f))
                .body("currency", equalTo("EUR"))
                .body("category", equalTo("SERVICES"))
                .body("unpricedLabour", empty());
    }

    @Test
    void labourInAnotherCurrencyOrWithoutAKnownRateIsListedAsUnpricedNotDropped() {
        Plan plan = plan();
        given().when().get(plannedCost(plan.projectId(), plan.build())).then().statusCode(200)
                .body("labourCost", equalTo(0.0f))
                .body("totalCost", equalTo(0.0f))
                .body("unpricedLabour.find { it.resourceId == '%s' }.hours".formatted(plan.chen()), equalTo(40.0f))
                .body("unpricedLabour.find { it.resourceId == '%s' }.resourceName".formatted(plan.chen()),
                        equalTo("Chen Wei"))
                .body("unpricedLabour.find { it.resourceId == '%s' }.reason".formatted(plan.chen()),
                        equalTo("the rate is in USD, the budget in EUR"))
                .body("unpricedLabour.find { it.resourceId == '%s' }.hours".formatted(plan.dana()), equalTo(12.0f))
                .body("unpricedLabour.find { it.resourceId == '%s' }.resourceName".formatted(plan.dana()),
                        nullValue())
                .body("unpricedLabour.find { it.resourceId == '%s' }.reason".formatted(plan.dana()),
                        equalTo("no cost rate is known for the resource"));
    }

    @Test
    void theProjectTotalsAddFixedCostAndLabourAndListTheUnpricedLabour() {
        Plan plan = plan();
        given().when().get("/api/v1/projects/" + plan.projectId() + "/planned-cost").then().statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("fixedCost", equalTo(1000.0f))
                .body("labourCost", equalTo(5400.0f))
                .body("totalCost", equalTo(6400.0f))
                .body("unpricedHours", equalTo(52.0f))
                .body("unpricedLabour.taskName", contains("Build", "Build"));
        given().when().get(Costs.budgetOf(plan.projectId())).then().statusCode(200)
                .body("plannedCost", equalTo(6400.0f))
                .body("byCategory.find { it.category == 'LABOUR' }.planned", equalTo(5400.0f))
                .body("byCategory.find { it.category == 'SERVICES' }.planned", equalTo(1000.0f));
    }

    @Test
    void aBaselineKeepsFixedCostPlusLabourSoItsTotalIsTheBacWithLabour() {
        Plan plan = plan();
        String baseline = given().contentType(ContentType.JSON).body("{\"name\":\"With labour\"}")
                .when().post("/api/v1/projects/" + plan.projectId() + "/baselines")
                .then().statusCode(201).body("totalCost", equalTo(6400.0f)).extract().path("id");
        given().when().get("/api/v1/projects/" + plan.projectId() + "/baselines/" + baseline).then().statusCode(200)
                .body("totalCost", equalTo(6400.0f))
                .body("tasks.find { it.taskId == '%s' }.cost".formatted(plan.design()), equalTo(6400.0f))
                .body("tasks.find { it.taskId == '%s' }.cost".formatted(plan.build()), equalTo(0.0f));
    }

    @Test
    void withoutABudgetLabourHasNoCurrencyAndStaysUnpriced() {
        String projectId = Lifecycle.project().projectId();
        UUID ana = UUID.randomUUID();
        feed.resourceWithRates(ana, "Ana Ortiz", "80.00 EUR 2026-01-01");
        String design = task(projectId, "Design", 2);
        assign(projectId, design, ana, "\"units\":100");
        given().when().get(plannedCost(projectId, design)).then().statusCode(200)
                .body("currency", nullValue())
                .body("labourCost", equalTo(0.0f))
                .body("unpricedLabour[0].hours", equalTo(16.0f))
                .body("unpricedLabour[0].reason",
                        equalTo("the project has no budget, so there is no currency to price labour in"));
    }
}
