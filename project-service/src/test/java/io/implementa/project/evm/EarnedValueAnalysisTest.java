package io.implementa.project.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.project.evm.EarnedValueAnalysis.Branch;
import io.implementa.project.evm.EarnedValueAnalysis.Point;
import io.implementa.project.evm.EarnedValueAnalysis.Result;
import io.implementa.project.schedule.engine.WorkCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A project of three weeks and a bit, Monday to Friday: branch "Build" (A: 5 days from 4 January, 500; B: 10
 * days from 11 January, 1000) and task C (10 days from 18 January, 2000), measured on Wednesday 20 January with
 * A done, B 60 % and C 20 % complete. Progress moved over the weeks: A 40 % on 6 January and done on 8 January,
 * B 20 % on 13 January and 60 % on 19 January, C 20 % on 20 January.
 */
class EarnedValueAnalysisTest {

    static final UUID BUILD = UUID.randomUUID();
    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();
    static final LocalDate STATUS = LocalDate.of(2027, 1, 20);

    static final List<BaselineTask> BASELINE = List.of(
            new BaselineTask(BUILD, null, "Build", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 22), 15,
                    new BigDecimal("9999")),
            new BaselineTask(A, BUILD, "A", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), 5,
                    new BigDecimal("500")),
            new BaselineTask(B, BUILD, "B", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 22), 10,
                    new BigDecimal("1000")),
            new BaselineTask(C, null, "C", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 29), 10,
                    new BigDecimal("2000")));

    /** Spent: 300 in the first week, 900 by the end of the second, 1800 since. */
    static final Function<LocalDate, BigDecimal> SPENT = date -> date.isBefore(LocalDate.of(2027, 1, 11))
            ? new BigDecimal("300") : date.isBefore(LocalDate.of(2027, 1, 18)) ? new BigDecimal("900")
            : new BigDecimal("1800");

    static final ProgressHistory PROGRESS = new ProgressHistory()
            .record(A, LocalDate.of(2027, 1, 6), 40).record(A, LocalDate.of(2027, 1, 8), 100)
            .record(B, LocalDate.of(2027, 1, 13), 20).record(B, LocalDate.of(2027, 1, 19), 60)
            .record(C, LocalDate.of(2027, 1, 20), 20)
            .record(BUILD, LocalDate.of(2027, 1, 19), 73);

    static Result analyse(LocalDate statusDate) {
        return analyse(statusDate, SPENT);
    }

    static Result analyse(LocalDate statusDate, Function<LocalDate, BigDecimal> spent) {
        return new EarnedValueAnalysis(BASELINE, WorkCalendar.standard()).analyse(statusDate, EacMethod.CPI,
                PROGRESS::asOf,
                Map.of(A, new BigDecimal("450"), B, new BigDecimal("700"), C, new BigDecimal("500")), spent);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void projectFiguresOfPartlyCompleteTasks() {
        EarnedValue v = analyse(STATUS).project();
        // Summaries carry no cost of their own: BAC = 500 + 1000 + 2000.
        assertEquals(d("3500.00"), v.bac());
        // PV: A all, B 8 of 10 working days, C 3 of 10.
        assertEquals(d("1900.00"), v.pv());
        assertEquals(d("1500.00"), v.ev());
        assertEquals(d("1800.00"), v.ac());
        assertEquals(d("-400.00"), v.sv());
        assertEquals(d("-300.00"), v.cv());
        assertEquals(d("0.789"), v.spi());
        assertEquals(d("0.833"), v.cpi());
        assertEquals(d("4200.00"), v.eac());
        assertEquals(d("2400.00"), v.etc());
        assertEquals(d("-700.00"), v.vac());
        assertEquals(d("1.176"), v.tcpi());
    }

    @Test
    void figuresPerTopLevelBranch() {
        List<Branch> branches = analyse(STATUS).branches();
        assertEquals(2, branches.size());
        Branch build = branches.stream().filter(b -> b.taskId().equals(BUILD)).findFirst().orElseThrow();
        assertEquals("Build", build.name());
        assertEquals(d("1500.00"), build.figures().bac());
        assertEquals(d("1300.00"), build.figures().pv());
        assertEquals(d("1100.00"), build.figures().ev());
        assertEquals(d("1150.00"), build.figures().ac());
        assertEquals(d("0.846"), build.figures().spi());
        assertEquals(d("0.957"), build.figures().cpi());
        Branch c = branches.stream().filter(b -> b.taskId().equals(C)).findFirst().orElseThrow();
        assertEquals(d("0.800"), c.figures().cpi());
    }

    @Test
    void theSCurveHasOnePointPerWeekAndTheStatusDateEachEarnedWithTheProgressOfItsDate() {
        List<Point> curve = analyse(STATUS).sCurve();
        assertEquals(List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 18), STATUS),
                curve.stream().map(Point::date).toList());
        assertEquals(List.of(d("100.00"), d("600.00"), d("1300.00"), d("1900.00")),
                curve.stream().map(Point::pv).toList());
        assertEquals(List.of(d("300.00"), d("900.00"), d("1800.00"), d("1800.00")),
                curve.stream().map(Point::ac).toList());
        // 4 Jan: nothing done yet; 11 Jan: A done; 18 Jan: A done, B 20 %; 20 Jan: A done, B 60 %, C 20 %.
        assertEquals(List.of(d("0.00"), d("500.00"), d("700.00"), d("1500.00")),
                curve.stream().map(Point::ev).toList());
    }

    @Test
    void atAPastStatusDateEarnedValueUsesTheProgressOfThatDate() {
        EarnedValue v = analyse(LocalDate.of(2027, 1, 15)).project();
        // PV: A all (500), B 5 of 10 working days (500). EV: A done, B 20 % (as of 13 January). AC 900.
        assertEquals(d("1000.00"), v.pv());
        assertEquals(d("700.00"), v.ev());
        assertEquals(d("900.00"), v.ac());
        assertEquals(d("-300.00"), v.sv());
        assertEquals(d("-200.00"), v.cv());
        assertEquals(d("0.700"), v.spi());
        assertEquals(d("0.778"), v.cpi());
        assertEquals(d("4500.00"), v.eac());
        assertEquals(d("3600.00"), v.etc());
        assertEquals(d("-1000.00"), v.vac());
        assertEquals(d("1.077"), v.tcpi());
    }

    @Test
    void aProgressChangeCountsFromItsOwnDay() {
        // A was 40 % on Wednesday 6 January: PV 300 (3 of 5 days), EV 200.
        EarnedValue v = analyse(LocalDate.of(2027, 1, 6)).project();
        assertEquals(d("300.00"), v.pv());
        assertEquals(d("200.00"), v.ev());
        assertEquals(d("0.00"), analyse(LocalDate.of(2027, 1, 5)).project().ev());
    }

    @Test
    void withoutActualCostTheCostIndicesAreNullWithTheReason() {
        EarnedValue v = analyse(STATUS, date -> BigDecimal.ZERO).project();
        assertEquals(d("0.00"), v.ac());
        assertEquals(d("1500.00"), v.cv());
        assertNull(v.cpi());
        assertNull(v.eac());
        assertNull(v.etc());
        assertEquals("no actual cost yet (AC is 0)", v.reasons().get("cpi"));
        assertTrue(v.reasons().get("eac").contains("BUDGET_RATE"));
        assertEquals(d("0.571"), v.tcpi());
    }

    @Test
    void onceEverythingIsPlannedPvIsTheBudget() {
        assertEquals(d("3500.00"), analyse(LocalDate.of(2027, 2, 15)).project().pv());
    }

    @Test
    void aStatusDateBeforeTheStartGivesNullsWithTheReason() {
        Result result = analyse(LocalDate.of(2026, 12, 31));
        assertNull(result.project().pv());
        assertNull(result.project().spi());
        assertTrue(result.project().reasons().get("pv").contains("before the baseline start 2027-01-04"));
        assertTrue(result.sCurve().isEmpty());
    }
}
