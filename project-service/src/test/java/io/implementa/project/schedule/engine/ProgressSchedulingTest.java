package io.implementa.project.schedule.engine;

import static io.implementa.project.schedule.engine.ScheduleAssertions.MON_3_MARCH;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertFloat;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertScheduled;
import static io.implementa.project.schedule.engine.ScheduleAssertions.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Actual dates, percent complete and remaining work against a status date (Wednesday 12 March 2025). */
class ProgressSchedulingTest {

    private static final WorkCalendar CAL = WorkCalendar.standard();
    private static final ScheduleOptions AS_OF_12_MARCH =
            ScheduleOptions.startingOn(MON_3_MARCH).withStatusDate(date("2025-03-12"));

    @Test
    void doneTaskKeepsItsActualDatesAndWorkNotStartedWaitsForTheStatusDate() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 3);
        int next = b.addTask("B", 2);
        b.link(a, next).actualStart(a, date("2025-03-03")).actualFinish(a, date("2025-03-06"));
        Schedule s = CpmScheduler.schedule(b.build(), CAL, AS_OF_12_MARCH);
        assertScheduled(s, a, "2025-03-03", "2025-03-06");
        assertFloat(s, a, 0, 0, false);
        assertTrue(s.done(a));
        assertScheduled(s, next, "2025-03-12", "2025-03-13");
        assertFloat(s, next, 0, 0, true);
    }

    @Test
    void startedTaskKeepsItsActualStartAndResumesOnTheStatusDate() {
        Network.Builder b = Network.builder();
        int c = b.addTask("C", 5);
        b.actualStart(c, date("2025-03-10")).percentComplete(c, 40);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, AS_OF_12_MARCH);
        // 40% of 5 days done leaves 3 days, worked 12, 13 and 14 March.
        assertScheduled(s, c, "2025-03-10", "2025-03-14");
        assertFloat(s, c, 0, 0, true);
    }

    @Test
    void remainingDurationWinsOverPercentComplete() {
        Network.Builder b = Network.builder();
        int c = b.addTask("C", 5);
        b.actualStart(c, date("2025-03-10")).percentComplete(c, 40).remainingDuration(c, 4);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, AS_OF_12_MARCH);
        assertScheduled(s, c, "2025-03-10", "2025-03-17");
    }

    @Test
    void workNotStartedCannotStartBeforeTheStatusDate() {
        Network.Builder b = Network.builder();
        int t = b.addTask("T", 1);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, AS_OF_12_MARCH);
        assertScheduled(s, t, "2025-03-12", "2025-03-12");
    }

    @Test
    void withoutStatusDateStartedWorkIsAssumedOnPlan() {
        Network.Builder b = Network.builder();
        int c = b.addTask("C", 5);
        b.actualStart(c, date("2025-03-04")).percentComplete(c, 40);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        assertScheduled(s, c, "2025-03-04", "2025-03-10");
    }

    @Test
    void startedTaskStillWaitsForAFinishToFinishPredecessor() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 5);
        int c = b.addTask("C", 2);
        b.link(p, c, LinkType.FF, 0).actualStart(c, date("2025-03-03")).percentComplete(c, 50);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        assertScheduled(s, c, "2025-03-03", "2025-03-07");
    }

    @Test
    void doneTaskDoesNotConstrainItsPredecessors() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 2);
        int done = b.addTask("D", 1);
        b.addTask("Long", 10);
        b.link(p, done).actualStart(done, date("2025-03-03")).actualFinish(done, date("2025-03-03"));
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        assertFloat(s, p, 8, 8, false);
    }

    @Test
    void hundredPercentCompleteWithoutActualFinishIsDoneAsPlanned() {
        Network.Builder b = Network.builder();
        int t = b.addTask("T", 3);
        b.actualStart(t, date("2025-03-03")).percentComplete(t, 100);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, AS_OF_12_MARCH);
        assertScheduled(s, t, "2025-03-03", "2025-03-05");
        assertFalse(s.critical(t));
    }

    @Test
    void achievedMilestoneFallsAtTheEndOfItsDay() {
        Network.Builder b = Network.builder();
        int m = b.addMilestone("Contract signed");
        int next = b.addTask("Mobilise", 1);
        b.link(m, next).actualFinish(m, date("2025-03-05"));
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        assertScheduled(s, m, "2025-03-05", "2025-03-05");
        assertTrue(s.endOfDay(m));
        assertScheduled(s, next, "2025-03-06", "2025-03-06");
    }

    @Test
    void progressWithoutAnActualStartIsRefused() {
        Network.Builder b = Network.builder();
        int t = b.addTask("T", 3);
        b.percentComplete(t, 30);
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, b::build);
        assertEquals(t, e.task());
    }

    @Test
    void actualFinishBeforeActualStartIsRefused() {
        Network.Builder b = Network.builder();
        int t = b.addTask("T", 3);
        b.actualStart(t, date("2025-03-05")).actualFinish(t, date("2025-03-04"));
        assertThrows(InvalidNetworkException.class, b::build);
    }
}
