package io.implementa.project.cost;

import static io.implementa.project.cost.Costs.approvedBudget;
import static io.implementa.project.cost.Costs.book;
import static io.implementa.project.cost.Costs.budgetOf;
import static io.implementa.project.cost.Costs.entriesOf;
import static io.implementa.project.cost.Costs.setBudget;
import static io.implementa.project.lifecycle.Lifecycle.event;
import static io.implementa.project.lifecycle.Lifecycle.read;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetResourceTest {

    static final String TOPIC = "implementa.project.events";

    @Test
    void setsABudgetAndReadsItWithTotals() {
        People p = Lifecycle.project();
        given().contentType(ContentType.JSON)
                .body("{\"currency\":\"EUR\",\"amount\":250000,\"contingencyReserve\":25000,"
                        + "\"managementReserve\":10000}")
                .when().put(budgetOf(p.projectId()))
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("currency", equalTo("EUR"))
                .body("total", equalTo(285000.0f))
                .body("thresholds", contains(80, 100))
                .body("approved", equalTo(false));
        book(p.projectId(), "LICENCES", "1200.50", "EUR");
        given().when().get(budgetOf(p.projectId())).then().statusCode(200)
                .body("actualCost", equalTo(1200.5f))
                .body("consumedPercent", equalTo(0.48f))
                .body("remaining", equalTo(248799.5f))
                .body("byCategory.find { it.category == 'LICENCES' }.actual", equalTo(1200.5f));
    }

    @Test
    void anAmountInAnotherCurrencyIsRefused() {
        People p = Lifecycle.project();
        setBudget(p.projectId(), "EUR", "1000");
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"HARDWARE\",\"amount\":10,\"currency\":\"USD\",\"incurredOn\":\"2027-02-01\"}")
                .when().post(entriesOf(p.projectId()))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("currency"));
        given().when().get(entriesOf(p.projectId())).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void costsNeedABudgetFirst() {
        People p = Lifecycle.project();
        given().contentType(ContentType.JSON)
                .body("{\"category\":\"HARDWARE\",\"amount\":10,\"currency\":\"EUR\",\"incurredOn\":\"2027-02-01\"}")
                .when().post(entriesOf(p.projectId()))
                .then().statusCode(409).body("type", endsWith("budget-missing"));
    }

    @Test
    void theSponsorApprovesOnceAndTheAmountsThenChangeOnlyByChangeRequest() {
        People p = Lifecycle.project();
        setBudget(p.projectId(), "EUR", "1000");
        String viewer = "v-" + java.util.UUID.randomUUID();
        Lifecycle.addMember(p.projectId(), viewer, "VIEWER");
        given().auth().oauth2(TestTokens.forUser(viewer)).contentType(ContentType.JSON).body("{}")
                .when().post(budgetOf(p.projectId()) + "/approval").then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser(p.sponsor())).contentType(ContentType.JSON)
                .body("{\"note\":\"Steering committee\"}")
                .when().post(budgetOf(p.projectId()) + "/approval")
                .then().statusCode(200)
                .body("approved", equalTo(true))
                .body("approvedBy.subject", equalTo(p.sponsor()))
                .body("approvalNote", equalTo("Steering committee"));
        given().auth().oauth2(TestTokens.forUser(p.manager())).contentType(ContentType.JSON).body("{}")
                .when().post(budgetOf(p.projectId()) + "/approval")
                .then().statusCode(409).body("type", endsWith("budget-already-approved"));
        given().contentType(ContentType.JSON).body("{\"currency\":\"EUR\",\"amount\":2000}")
                .when().put(budgetOf(p.projectId()))
                .then().statusCode(409).body("type", endsWith("budget-approved"));
    }

    @Test
    void aThresholdIsAnnouncedOncePerCrossing() throws Exception {
        People p = Lifecycle.project();
        approvedBudget(p.projectId(), "1000", p.sponsor());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            book(p.projectId(), "SERVICES", "700", "EUR");
            book(p.projectId(), "SERVICES", "150", "EUR");
            book(p.projectId(), "SERVICES", "10", "EUR");
            book(p.projectId(), "HARDWARE", "200", "EUR");
            List<ConsumerRecord<String, String>> crossed = events.awaitRecords(
                    event(p.projectId(), "io.implementa.project.BudgetThresholdCrossed"), 2);
            JsonNode first = read(crossed.get(0)).path("data");
            assertEquals(80, first.path("thresholdPercent").asInt());
            assertEquals(850.0, first.path("actualCost").asDouble());
            assertEquals(85.0, first.path("consumedPercent").asDouble());
            assertEquals("EUR", first.path("currency").asText());
            assertEquals(p.sponsor(), first.path("sponsor").path("subject").asText());
            JsonNode second = read(crossed.get(1)).path("data");
            assertEquals(100, second.path("thresholdPercent").asInt());
            assertEquals(1060.0, second.path("actualCost").asDouble());
            book(p.projectId(), "OTHER", "5", "EUR");
            Thread.sleep(Duration.ofSeconds(2).toMillis());
            assertEquals(2, events.records().stream()
                    .filter(event(p.projectId(), "io.implementa.project.BudgetThresholdCrossed")).count());
        }
        given().when().get(budgetOf(p.projectId())).then().statusCode(200)
                .body("crossedThresholds", contains(80, 100));
    }

    @Test
    void anOverrunIsForecastOnceWhenEstimateAtCompletionExceedsTheBudget() throws Exception {
        People p = Lifecycle.project();
        approvedBudget(p.projectId(), "1000", p.sponsor());
        String task = Planning.post(p.projectId(), "{\"name\":\"Configure\",\"duration\":5,\"percentComplete\":50}");
        given().contentType(ContentType.JSON).body("{\"fixedCost\":1000,\"currency\":\"EUR\",\"category\":\"SERVICES\"}")
                .when().put("/api/v1/projects/" + p.projectId() + "/tasks/" + task + "/planned-cost")
                .then().statusCode(200).body("fixedCost", equalTo(1000.0f));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            book(p.projectId(), "SERVICES", "450", "EUR");
            book(p.projectId(), "SERVICES", "150", "EUR");
            book(p.projectId(), "SERVICES", "50", "EUR");
            JsonNode data = read(events.awaitRecord(event(p.projectId(),
                    "io.implementa.project.CostOverrunForecast"))).path("data");
            assertEquals(1000.0, data.path("budgetAtCompletion").asDouble());
            assertEquals(1200.0, data.path("estimateAtCompletion").asDouble());
            assertEquals(-200.0, data.path("varianceAtCompletion").asDouble());
            assertEquals(p.manager(), data.path("manager").path("subject").asText());
            assertTrue(data.path("baselineId").isNull(), "without a baseline the current plan is the BAC");
            Thread.sleep(Duration.ofSeconds(2).toMillis());
            assertEquals(1, events.records().stream()
                    .filter(event(p.projectId(), "io.implementa.project.CostOverrunForecast")).count());
        }
        given().when().get(budgetOf(p.projectId())).then().statusCode(200).body("overrunForecast", equalTo(true));
    }

    private static void fixedCost(String projectId, String taskId, String amount) {
        given().contentType(ContentType.JSON).body("{\"fixedCost\":" + amount + ",\"category\":\"SERVICES\"}")
                .when().put("/api/v1/projects/" + projectId + "/tasks/" + taskId + "/planned-cost")
                .then().statusCode(200);
    }

    /**
     * Baseline: A (50 % done) and B (not started), 1,000 each → BAC 2,000, EV 500. B's plan then grows to 5,000, which
     * the baseline does not follow. AC 450 → EAC 2,000 × 450 / 500 = 1,800, no overrun; AC 600 → EAC 2,400 > 2,000,
     * announced once with BAC 2,000 (not the budget's 10,000 nor the current plan's 6,000); AC 650 stays over.
     */
    @Test
    void theOverrunForecastMeasuresAgainstTheCurrentBaselinesBac() throws Exception {
        People p = Lifecycle.project();
        approvedBudget(p.projectId(), "10000", p.sponsor());
        String a = Planning.post(p.projectId(), "{\"name\":\"A\",\"duration\":5,\"percentComplete\":50}");
        String b = Planning.post(p.projectId(), "{\"name\":\"B\",\"duration\":5}");
        fixedCost(p.projectId(), a, "1000");
        fixedCost(p.projectId(), b, "1000");
        String baseline = given().contentType(ContentType.JSON).body("{\"name\":\"Approved\"}")
                .when().post("/api/v1/projects/" + p.projectId() + "/baselines")
                .then().statusCode(201).extract().path("id");
        fixedCost(p.projectId(), b, "5000");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            book(p.projectId(), "SERVICES", "450", "EUR");
            given().when().get(budgetOf(p.projectId())).then().statusCode(200)
                    .body("overrunForecast", equalTo(false))
                    .body("budgetAtCompletion", equalTo(2000.0f))
                    .body("estimateAtCompletion", equalTo(1800.0f))
                    .body("forecastBaselineId", equalTo(baseline));
            book(p.projectId(), "SERVICES", "150", "EUR");
            book(p.projectId(), "SERVICES", "50", "EUR");
            JsonNode data = read(events.awaitRecord(event(p.projectId(),
                    "io.implementa.project.CostOverrunForecast"))).path("data");
            assertEquals(2000.0, data.path("budgetAtCompletion").asDouble());
            assertEquals(2400.0, data.path("estimateAtCompletion").asDouble());
            assertEquals(-400.0, data.path("varianceAtCompletion").asDouble());
            assertEquals(baseline, data.path("baselineId").asText());
            Thread.sleep(Duration.ofSeconds(2).toMillis());
            assertEquals(1, events.records().stream()
                    .filter(event(p.projectId(), "io.implementa.project.CostOverrunForecast")).count());
        }
        given().when().get(budgetOf(p.projectId())).then().statusCode(200)
                .body("overrunForecast", equalTo(true))
                .body("plannedCost", equalTo(6000.0f))
                .body("budgetAtCompletion", equalTo(2000.0f))
                .body("estimateAtCompletion", equalTo(2600.0f));
    }

    @Test
    void executionStartsOnlyWithAnApprovedBudget() {
        People p = Lifecycle.project();
        Lifecycle.walk(p.projectId(), "START_PLANNING");
        String gate = "/api/v1/projects/" + p.projectId() + "/gates/START_EXECUTION";
        given().when().get(gate).then().statusCode(200)
                .body("criteria.find { it.id == 'budget-approved' }.met", equalTo(false));
        approvedBudget(p.projectId(), "1000", p.sponsor());
        given().when().get(gate).then().statusCode(200)
                .body("criteria.find { it.id == 'budget-approved' }.met", equalTo(true))
                .body("criteria.findAll { !it.met }.id", not(hasItem("budget-approved")));
    }

    @Test
    void entriesAreListedByCategory() {
        People p = Lifecycle.project();
        setBudget(p.projectId(), "EUR", "1000");
        book(p.projectId(), "HARDWARE", "10", "EUR");
        String licence = book(p.projectId(), "LICENCES", "20", "EUR");
        given().when().get(entriesOf(p.projectId()) + "?category=LICENCES").then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.id", contains(licence))
                .body("items[0].createdBy.subject", equalTo("test-admin"));
        given().when().get(entriesOf(p.projectId()) + "/" + licence).then().statusCode(200)
                .body("amount", equalTo(20.0f));
    }
}
