package io.implementa.project.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BudgetTest {

    private static Budget budget() {
        Budget budget = Budget.draft(UUID.randomUUID(), "EUR", List.of(100, 80), Instant.EPOCH);
        budget.plan("EUR", new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO);
        return budget;
    }

    @Test
    void eachThresholdIsCrossedOnceUntilTheFigureDropsBelowIt() {
        Budget budget = budget();
        assertEquals(List.of(), budget.cross(new BigDecimal("79.99")));
        assertEquals(List.of(80), budget.cross(new BigDecimal("80")));
        assertEquals(List.of(), budget.cross(new BigDecimal("95")));
        assertEquals(List.of(100), budget.cross(new BigDecimal("120")));
        assertEquals(List.of(80, 100), budget.crossed());
        assertEquals(List.of(), budget.cross(new BigDecimal("90")));
        assertEquals(List.of(80), budget.crossed());
        assertEquals(List.of(100), budget.cross(new BigDecimal("101")));
    }

    @Test
    void thresholdsAreKeptSortedWithoutDuplicates() {
        Budget budget = budget();
        budget.setThresholds(List.of(100, 50, 100, 90));
        assertEquals(List.of(50, 90, 100), budget.thresholds());
    }

    @Test
    void consumptionIsUndefinedWithoutAnAmount() {
        Budget budget = Budget.draft(UUID.randomUUID(), "EUR", List.of(80), Instant.EPOCH);
        assertNull(budget.consumedPercent(new BigDecimal("10")));
        assertEquals(List.of(), budget.cross(null));
    }
}
