package io.implementa.project.schedule.engine;

import static io.implementa.project.schedule.engine.ScheduleAssertions.MON_3_MARCH;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertEarlyLate;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertFloat;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertScheduled;
import static io.implementa.project.schedule.engine.ScheduleAssertions.date;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Hand-checked networks. The project starts on Monday 3 March 2025 on a Monday–Friday calendar, so
 * working days run 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21 March…
 */
class CriticalPathTextbookTest {

    private static final WorkCalendar CAL = WorkCalendar.standard();

    @Test
    void schedulesTheClassicFinishToStartNetwork() {
        // A(3) -> B(4) -> D(5) -> F(2); A -> C(2) -> D; C -> E(1) -> F
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 3);
        int bb = b.addTask("B", 4);
        int c = b.addTask("C", 2);
        int d = b.addTask("D", 5);
        int e = b.addTask("E", 1);
        int f = b.addTask("F", 2);
        b.link(a, bb).link(a, c).link(bb, d).link(c, d).link(c, e).link(d, f).link(e, f);

        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);

        assertEarlyLate(s, a, "2025-03-03", "2025-03-05", "2025-03-03", "2025-03-05");
        assertEarlyLate(s, bb, "2025-03-06", "2025-03-11", "2025-03-06", "2025-03-11");
        assertEarlyLate(s, c, "2025-03-06", "2025-03-07", "2025-03-10", "2025-03-11");
        assertEarlyLate(s, d, "2025-03-12", "2025-03-18", "2025-03-12", "2025-03-18");
        assertEarlyLate(s, e, "2025-03-10", "2025-03-10", "2025-03-18", "2025-03-18");
        assertEarlyLate(s, f, "2025-03-19", "2025-03-20", "2025-03-19", "2025-03-20");
        assertFloat(s, a, 0, 0, true);
        assertFloat(s, bb, 0, 0, true);
        assertFloat(s, c, 2, 0, false);
        assertFloat(s, d, 0, 0, true);
        assertFloat(s, e, 6, 6, false);
        assertFloat(s, f, 0, 0, true);
        assertEquals(date("2025-03-20"), s.projectFinishDate());
        List<int[]> paths = s.criticalPaths(10);
        assertEquals(1, paths.size());
        assertArrayEquals(new int[] {a, bb, d, f}, paths.get(0));
    }

    @Test
    void reportsBothPathsWhenTwoChainsAreEquallyLong() {
        Network.Builder b = Network.builder();
        int start = b.addTask("Start", 2);
        int build = b.addTask("Build", 3);
        int buy = b.addTask("Buy", 3);
        int slack = b.addTask("Docs", 1);
        int golive = b.addTask("Go-live", 1);
        b.link(start, build).link(start, buy).link(start, slack)
                .link(build, golive).link(buy, golive).link(slack, golive);

        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);

        List<int[]> paths = s.criticalPaths(10);
        assertEquals(2, paths.size());
        assertArrayEquals(new int[] {start, build, golive}, paths.get(0));
        assertArrayEquals(new int[] {start, buy, golive}, paths.get(1));
        assertArrayEquals(new int[] {start, build, buy, golive}, s.criticalTasks());
        assertFloat(s, slack, 2, 2, false);
    }

    @Test
    void finishToStartLagDelaysTheSuccessor() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 2);
        int q = b.addTask("Q", 1);
        b.link(p, q, LinkType.FS, 2);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        // P on 3-4 March, two days of lag (5, 6), Q on Friday 7.
        assertScheduled(s, q, "2025-03-07", "2025-03-07");
        assertFloat(s, p, 0, 0, true);
    }

    @Test
    void finishToStartLeadOverlapsThePredecessor() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 5);
        int q = b.addTask("Q", 2);
        b.link(p, q, LinkType.FS, -2);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        // P runs 3-7 March; Q starts two days before P's finish would allow: Thursday 6.
        assertScheduled(s, q, "2025-03-06", "2025-03-07");
        assertFloat(s, p, 0, 0, true);
        assertFloat(s, q, 0, 0, true);
    }

    @Test
    void startToStartLagStartsTheSuccessorAfterThePredecessorStarts() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 3);
        int q = b.addTask("Q", 2);
        b.link(p, q, LinkType.SS, 1);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        assertScheduled(s, q, "2025-03-04", "2025-03-05");
        // Both end on day 3; P's latest start is what keeps Q's start: P critical through the SS link.
        assertEarlyLate(s, p, "2025-03-03", "2025-03-05", "2025-03-03", "2025-03-05");
        assertFloat(s, p, 0, 0, true);
        assertFloat(s, q, 0, 0, true);
    }

    @Test
    void startToStartPredecessorFloatsOnlyAsFarAsTheSuccessorsStartAllows() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 1);
        int q = b.addTask("Q", 4);
        b.link(p, q, LinkType.SS, 0);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        // Q must start by 3 March to finish by 6 March, so P must start by then too.
        assertFloat(s, p, 0, 0, true);
    }

    @Test
    void finishToFinishLagKeepsTheSuccessorFinishingAfterThePredecessor() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 3);
        int q = b.addTask("Q", 1);
        b.link(p, q, LinkType.FF, 1);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        // P finishes Wednesday 5; Q must finish at least one day later: Thursday 6.
        assertScheduled(s, q, "2025-03-06", "2025-03-06");
    }

    @Test
    void finishToFinishLeadLetsTheSuccessorFinishFirst() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 4);
        int q = b.addTask("Q", 2);
        b.link(p, q, LinkType.FF, -1);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        // P finishes Thursday 6; Q may finish a day earlier, Wednesday 5, so it starts Tuesday 4.
        assertScheduled(s, q, "2025-03-04", "2025-03-05");
    }

    @Test
    void startToFinishLagTiesTheSuccessorsFinishToThePredecessorsStart() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 2);
        int q = b.addTask("Q", 2);
        b.link(p, q, LinkType.SF, 3);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        // P starts Monday 3; Q must finish no earlier than 3 days later: end of Wednesday 5.
        assertScheduled(s, q, "2025-03-04", "2025-03-05");
        // P's start drives Q's finish, which is the project finish: P cannot start any later.
        assertFloat(s, q, 0, 0, true);
        assertFloat(s, p, 0, 0, true);
    }

    @Test
    void noTaskStartsBeforeTheProjectStartWhateverItsLinksAllow() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 2);
        int q = b.addTask("Q", 2);
        b.link(p, q, LinkType.SF, 0);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        assertScheduled(s, q, "2025-03-03", "2025-03-04");
    }

    @Test
    void milestoneAfterAFinishFallsAtTheEndOfThatDay() {
        Network.Builder b = Network.builder();
        int kickoff = b.addMilestone("Kick-off");
        int design = b.addTask("Design", 3);
        int approved = b.addMilestone("Design approved");
        int build = b.addTask("Build", 2);
        int started = b.addMilestone("Design started + 1");
        b.link(kickoff, design).link(design, approved).link(approved, build)
                .link(design, started, LinkType.SS, 1);

        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);

        assertScheduled(s, kickoff, "2025-03-03", "2025-03-03");
        assertFalse(s.endOfDay(kickoff), "a milestone at the project start marks the start of the day");
        assertScheduled(s, design, "2025-03-03", "2025-03-05");
        assertScheduled(s, approved, "2025-03-05", "2025-03-05");
        assertTrue(s.endOfDay(approved), "MS Project shows it at 17:00 on the 5th");
        assertScheduled(s, build, "2025-03-06", "2025-03-07");
        assertScheduled(s, started, "2025-03-04", "2025-03-04");
        assertFalse(s.endOfDay(started));
        assertFloat(s, approved, 0, 0, true);
    }

    @Test
    void freeFloatIsTheSlipThatDelaysNoSuccessor() {
        // A(1) -> C(1); B(3) -> C. A can slip 2 days before C moves; nothing follows C.
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 1);
        int bb = b.addTask("B", 3);
        int c = b.addTask("C", 1);
        int side = b.addTask("Side", 1);
        b.link(a, c).link(bb, c);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        assertFloat(s, a, 2, 2, false);
        assertFloat(s, side, 3, 3, false);
    }

    @Test
    void scheduleReportsOrdinalsConsistentWithItsCalendar() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 5);
        Schedule s = CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
        assertEquals(CAL.ordinal(MON_3_MARCH), s.earlyStart(a));
        assertEquals(s.earlyStart(a) + 4, s.earlyFinish(a));
        assertEquals(date("2025-03-07"), CAL.date(s.finish(a)));
    }

    @Test
    void emptyNetworkFinishesWhereItStarts() {
        Schedule s = CpmScheduler.schedule(Network.builder().build(), CAL, MON_3_MARCH);
        assertEquals(MON_3_MARCH, s.projectFinishDate());
        assertTrue(s.criticalPaths(10).isEmpty());
    }
}
