package io.implementa.project.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EarnedValueCalculatorTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static EarnedValue compute(String bac, String pv, String ev, String ac, EacMethod method) {
        return EarnedValueCalculator.compute(d(bac), d(pv), d(ev), d(ac), method);
    }

    @Test
    void theWorkedCheckGivesTheKnownAnswers() {
        EarnedValue v = compute("100", "50", "40", "45", null);
        assertEquals(d("-10.00"), v.sv());
        assertEquals(d("-5.00"), v.cv());
        assertEquals(d("0.800"), v.spi());
        assertEquals(d("0.889"), v.cpi());
        assertEquals(EacMethod.CPI, v.eacMethod());
        assertEquals(d("112.50"), v.eac());
        assertEquals(d("67.50"), v.etc());
        assertEquals(d("-12.50"), v.vac());
        assertEquals(d("1.091"), v.tcpi());
        assertTrue(v.reasons().isEmpty());
    }

    @Test
    void theOtherEstimateMethodsFollowTheirFormulas() {
        // AC + (BAC − EV) = 45 + 60
        assertEquals(d("105.00"), compute("100", "50", "40", "45", EacMethod.BUDGET_RATE).eac());
        // AC + (BAC − EV) / (CPI × SPI) = 45 + 60 / (0.888… × 0.8) = 45 + 84.375
        EarnedValue both = compute("100", "50", "40", "45", EacMethod.CPI_SPI);
        assertEquals(d("129.38"), both.eac());
        assertEquals(d("84.38"), both.etc());
    }

    @Test
    void withoutActualCostTheCostIndexIsUndefinedWithAReason() {
        EarnedValue v = compute("100", "20", "10", "0", EacMethod.CPI);
        assertNull(v.cpi());
        assertNull(v.eac());
        assertNull(v.etc());
        assertNull(v.vac());
        assertEquals(d("0.500"), v.spi());
        assertEquals(d("0.900"), v.tcpi());
        assertTrue(v.reasons().get("cpi").contains("no actual cost"));
        assertTrue(v.reasons().containsKey("eac"));
        assertEquals(d("90.00"), compute("100", "20", "10", "0", EacMethod.BUDGET_RATE).eac());
    }

    @Test
    void beforeAnythingIsPlannedTheScheduleIndexIsUndefined() {
        EarnedValue v = compute("100", "0", "0", "0", null);
        assertNull(v.spi());
        assertNull(v.cpi());
        assertEquals(d("0.00"), v.sv());
        assertEquals(d("1.000"), v.tcpi());
        assertTrue(v.reasons().get("spi").contains("PV is 0"));
    }

    @Test
    void aSpentBudgetLeavesTheToCompleteIndexUndefined() {
        EarnedValue v = compute("100", "100", "80", "100", null);
        assertNull(v.tcpi());
        assertEquals(d("125.00"), v.eac());
        assertTrue(v.reasons().get("tcpi").contains("spent"));
    }

    @Test
    void withoutABaselineEveryFigureButActualCostIsNullWithTheReason() {
        EarnedValue v = EarnedValueCalculator.undefined(d("45"), null, "the project has no baseline");
        assertNull(v.bac());
        assertNull(v.spi());
        assertEquals(d("45.00"), v.ac());
        assertEquals("the project has no baseline", v.reasons().get("eac"));
    }
}
