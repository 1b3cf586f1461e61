package io.implementa.project.schedule.engine;

import static io.implementa.project.schedule.engine.ScheduleAssertions.MON_3_MARCH;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertEarlyLate;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertFloat;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertScheduled;
import static io.implementa.project.schedule.engine.ScheduleAssertions.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each constraint type, met and missed, on hand-checked networks starting Monday 3 March 2025. */
class ConstraintSchedulingTest {

    private static final WorkCalendar CAL = WorkCalendar.standard();

    private static Schedule schedule(Network.Builder b) {
        return CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
    }

    @Test
    void startNoEarlierThanHoldsTheTaskBack() {
        Network.Builder b = Network.builder();
        int longTask = b.addTask("Long", 10);
        int t = b.addTask("T", 2);
        b.constraint(t, ConstraintType.SNET, date("2025-03-05"));
        Schedule s = schedule(b);
        assertScheduled(s, t, "2025-03-05", "2025-03-06");
        assertFloat(s, t, 6, 6, false);
        assertFloat(s, longTask, 0, 0, true);
    }

    @Test
    void startNoEarlierThanANonWorkingDayStartsOnTheNextWorkingDay() {
        Network.Builder b = Network.builder();
        int t = b.addTask("T", 1);
        b.constraint(t, ConstraintType.SNET, date("2025-03-08"));
        assertScheduled(schedule(b), t, "2025-03-10", "2025-03-10");
    }

    @Test
    void finishNoEarlierThanHoldsTheFinishBack() {
        Network.Builder b = Network.builder();
        int t = b.addTask("T", 2);
        b.constraint(t, ConstraintType.FNET, date("2025-03-07"));
        Schedule s = schedule(b);
        assertScheduled(s, t, "2025-03-06", "2025-03-07");
        assertFloat(s, t, 0, 0, true);
    }

    @Test
    void startNoLaterThanMetLeavesFloatUpToTheDate() {
        Network.Builder b = Network.builder();
        b.addTask("Long", 10);
        int t = b.addTask("T", 2);
        b.constraint(t, ConstraintType.SNLT, date("2025-03-05"));
        Schedule s = schedule(b);
        assertEarlyLate(s, t, "2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06");
        assertFloat(s, t, 2, 2, false);
    }

    @Test
    void startNoLaterThanMissedShowsNegativeFloatAlongTheChain() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 5);
        int t = b.addTask("T", 2);
        b.link(a, t).constraint(t, ConstraintType.SNLT, date("2025-03-05"));
        Schedule s = schedule(b);
        // Links win: T still starts after A (10 March); it should have started by the 5th.
        assertEarlyLate(s, t, "2025-03-10", "2025-03-11", "2025-03-05", "2025-03-06");
        assertFloat(s, t, -3, 0, true);
        assertEarlyLate(s, a, "2025-03-03", "2025-03-07", "2025-02-26", "2025-03-04");
        assertFloat(s, a, -3, 0, true);
    }

    @Test
    void finishNoLaterThanMissedShowsNegativeFloat() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 5);
        int t = b.addTask("T", 2);
        b.link(a, t).constraint(t, ConstraintType.FNLT, date("2025-03-10"));
        Schedule s = schedule(b);
        assertScheduled(s, t, "2025-03-10", "2025-03-11");
        assertFloat(s, t, -1, 0, true);
        assertFloat(s, a, -1, 0, true);
    }

    @Test
    void mustStartOnPinsTheTaskAndMakesItCritical() {
        Network.Builder b = Network.builder();
        b.addTask("Long", 20);
        int t = b.addTask("T", 2);
        b.constraint(t, ConstraintType.MSO, date("2025-03-12"));
        Schedule s = schedule(b);
        assertEarlyLate(s, t, "2025-03-12", "2025-03-13", "2025-03-12", "2025-03-13");
        assertFloat(s, t, 0, 0, true);
    }

    @Test
    void mustStartOnPushedLaterByItsPredecessorShowsNegativeFloat() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 10);
        int t = b.addTask("T", 2);
        b.link(a, t).constraint(t, ConstraintType.MSO, date("2025-03-12"));
        Schedule s = schedule(b);
        assertScheduled(s, t, "2025-03-17", "2025-03-18");
        assertEarlyLate(s, t, "2025-03-17", "2025-03-18", "2025-03-12", "2025-03-13");
        assertFloat(s, t, -3, 0, true);
        assertFloat(s, a, -3, 0, true);
    }

    @Test
    void mustStartOnMayPlaceATaskBeforeTheProjectStart() {
        Network.Builder b = Network.builder();
        int t = b.addTask("T", 1);
        b.constraint(t, ConstraintType.MSO, date("2025-02-27"));
        assertScheduled(schedule(b), t, "2025-02-27", "2025-02-27");
    }

    @Test
    void mustFinishOnPinsTheFinish() {
        Network.Builder b = Network.builder();
        b.addTask("Long", 20);
        int t = b.addTask("T", 3);
        b.constraint(t, ConstraintType.MFO, date("2025-03-14"));
        Schedule s = schedule(b);
        assertEarlyLate(s, t, "2025-03-12", "2025-03-14", "2025-03-12", "2025-03-14");
        assertFloat(s, t, 0, 0, true);
    }

    @Test
    void mustFinishOnPushedLaterByItsPredecessorShowsNegativeFloat() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 10);
        int t = b.addTask("T", 3);
        b.link(a, t).constraint(t, ConstraintType.MFO, date("2025-03-14"));
        Schedule s = schedule(b);
        assertScheduled(s, t, "2025-03-17", "2025-03-19");
        assertFloat(s, t, -3, 0, true);
    }

    @Test
    void milestoneMustFinishOnFallsAtTheEndOfItsDayAndMustStartOnAtTheStart() {
        Network.Builder b = Network.builder();
        int finishMilestone = b.addMilestone("Sign-off");
        int startMilestone = b.addMilestone("Kick-off");
        b.constraint(finishMilestone, ConstraintType.MFO, date("2025-03-07"));
        b.constraint(startMilestone, ConstraintType.MSO, date("2025-03-07"));
        Schedule s = schedule(b);
        assertScheduled(s, finishMilestone, "2025-03-07", "2025-03-07");
        assertTrue(s.endOfDay(finishMilestone));
        assertScheduled(s, startMilestone, "2025-03-07", "2025-03-07");
        assertFalse(s.endOfDay(startMilestone));
    }

    @Test
    void asLateAsPossibleSchedulesOnLateDatesAndItsSuccessorsFollow() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 2);
        int bb = b.addTask("B", 3);
        b.addTask("C", 10);
        b.link(a, bb).constraint(a, ConstraintType.ALAP, null);
        Schedule s = schedule(b);
        assertEarlyLate(s, a, "2025-03-03", "2025-03-04", "2025-03-10", "2025-03-11");
        assertScheduled(s, a, "2025-03-10", "2025-03-11");
        assertScheduled(s, bb, "2025-03-12", "2025-03-14");
        assertEarlyLate(s, bb, "2025-03-05", "2025-03-07", "2025-03-12", "2025-03-14");
        assertFloat(s, a, 5, 0, false);
        assertFloat(s, bb, 5, 5, false);
    }

    @Test
    void missedDeadlineShowsNegativeFloatWithoutMovingTheTask() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 5);
        b.deadline(a, date("2025-03-05"));
        Schedule s = schedule(b);
        assertScheduled(s, a, "2025-03-03", "2025-03-07");
        assertFloat(s, a, -2, 0, true);
    }

    @Test
    void finishTargetDrivesTheBackwardPass() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 5);
        Network net = b.build();
        Schedule tight = CpmScheduler.schedule(net, CAL,
                ScheduleOptions.startingOn(MON_3_MARCH).withFinishTarget(date("2025-03-05")));
        assertFloat(tight, a, -2, 0, true);
        Schedule loose = CpmScheduler.schedule(net, CAL,
                ScheduleOptions.startingOn(MON_3_MARCH).withFinishTarget(date("2025-03-14")));
        assertFloat(loose, a, 5, 5, false);
        assertEquals(date("2025-03-07"), loose.projectFinishDate());
    }

    @Test
    void datedConstraintWithoutADateIsRefused() {
        Network.Builder b = Network.builder();
        int t = b.addTask("T", 1);
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class,
                () -> b.constraint(t, ConstraintType.MSO, null));
        assertEquals(t, e.task());
        assertEquals("T", e.key());
    }
}
