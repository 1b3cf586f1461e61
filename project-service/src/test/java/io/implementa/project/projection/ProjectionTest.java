package io.implementa.project.projection;

import static io.implementa.project.cost.Costs.approvedBudget;
import static io.implementa.project.cost.Costs.budgetOf;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.project.lifecycle.Lifecycle;
import io.implementa.project.lifecycle.Lifecycle.People;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The read model of risk and resource events, fed through the real broker. */
@QuarkusTest
class ProjectionTest {

    @Inject
    ExternalFeed feed;

    @Inject
    ProjectionStore store;

    @Test
    void keepsTheLatestRiskSummaryOfAProject() {
        People p = Lifecycle.project();
        UUID projectId = UUID.fromString(p.projectId());
        feed.riskSummary(projectId, 1, 0, 0);
        feed.riskSummary(projectId, 2, 1, 1);
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> {
            var summary = in(() -> store.riskSummary(projectId));
            assertTrue(summary.isPresent(), "no summary yet");
            assertEquals(2, summary.get().high());
            assertEquals(1, summary.get().critical());
            assertEquals(1, summary.get().escalated());
            assertEquals(5, summary.get().openRisks());
        });
    }

    @Test
    void anOverAllocationIsHeldUntilResolvedAndOnlyForKnownProjects() {
        People p = Lifecycle.project();
        UUID projectId = UUID.fromString(p.projectId());
        UUID episode = feed.overAllocated(projectId, true);
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> {
            var open = in(() -> store.overAllocations(projectId));
            assertEquals(1, open.size());
            assertTrue(open.get(0).critical());
            assertEquals("Priya Raman", open.get(0).resourceName());
        });
        feed.resolved(episode, projectId);
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> assertTrue(
                in(() -> store.overAllocations(projectId)).isEmpty()));
    }

    @Test
    void keepsTheNewestCostRatesOfAResource() {
        UUID resource = UUID.randomUUID();
        feed.resource(resource, 0, "90.00");
        feed.resource(resource, 2, "95.00");
        feed.resource(resource, 1, "70.00");
        // Events of one partition are applied in order: once a marker published later to the same partition has
        // arrived, the stale version 1 has been seen and ignored.
        UUID marker = samePartition(resource);
        feed.resource(marker, 0, "1.00");
        await().atMost(ExternalFeed.WAIT).until(() -> inRate(marker, LocalDate.of(2027, 4, 1))
                .isPresent());
        assertEquals(new BigDecimal("95.00"), inRate(resource, LocalDate.of(2027, 4, 1)).orElseThrow());
        assertEquals(new BigDecimal("80.00"), inRate(resource, LocalDate.of(2026, 6, 1)).orElseThrow());
    }

    private static <T> T in(java.util.concurrent.Callable<T> read) {
        return QuarkusTransaction.requiringNew().call(read);
    }

    private java.util.Optional<BigDecimal> inRate(UUID resource, LocalDate on) {
        return in(() -> store.standardRate(resource, on));
    }

    private static UUID samePartition(UUID key) {
        UUID candidate;
        do {
            candidate = UUID.randomUUID();
        } while (partition(candidate) != partition(key));
        return candidate;
    }

    private static int partition(UUID key) {
        return org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(
                key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))) % 3;
    }

    @Test
    void approvedTimesheetLabourCountsAsActualCostOnceEvenWhenApprovedAgain() {
        People p = Lifecycle.project();
        UUID projectId = UUID.fromString(p.projectId());
        approvedBudget(p.projectId(), "10000", p.sponsor());
        UUID timesheet = UUID.randomUUID();
        feed.timesheet(timesheet, projectId, "8", "85");
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> given().when().get(budgetOf(p.projectId()))
                .then().statusCode(200)
                .body("actualCost", equalTo(680.0f))
                .body("byCategory.find { it.category == 'LABOUR' }.actual", equalTo(680.0f)));
        feed.timesheet(timesheet, projectId, "10", "85");
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> given().when().get(budgetOf(p.projectId()))
                .then().statusCode(200).body("actualCost", equalTo(850.0f)));
    }

    @Test
    void timesheetLabourInAnotherCurrencyIsKeptAndReportedButNotAddedToActualCost() {
        People p = Lifecycle.project();
        UUID projectId = UUID.fromString(p.projectId());
        approvedBudget(p.projectId(), "10000", p.sponsor());
        feed.timesheet(UUID.randomUUID(), projectId, "8", "85", "EUR");
        feed.timesheet(UUID.randomUUID(), projectId, "5", "100", "USD");
        await().atMost(ExternalFeed.WAIT).untilAsserted(() -> given().when().get(budgetOf(p.projectId()))
                .then().statusCode(200)
                .body("excludedLabour.size()", equalTo(1))
                .body("actualCost", equalTo(680.0f)));
        given().when().get(budgetOf(p.projectId())).then().statusCode(200)
                .body("byCategory.find { it.category == 'LABOUR' }.actual", equalTo(680.0f))
                .body("consumedPercent", equalTo(6.8f))
                .body("excludedLabour[0].currency", equalTo("USD"))
                .body("excludedLabour[0].hours", equalTo(5.0f))
                .body("excludedLabour[0].cost", equalTo(500.0f))
                .body("excludedLabour[0].entries", equalTo(1))
                .body("excludedLabour[0].reason", equalTo("the timesheet is priced in USD, the budget in EUR"));
        given().queryParam("statusDate", "2027-03-31").when().get("/api/v1/projects/" + p.projectId()
                + "/earned-value").then().statusCode(200).body("project.ac", equalTo(680.0f));
    }
}
