package io.implementa.project.schedule.engine;

import static io.implementa.project.schedule.engine.ScheduleAssertions.MON_3_MARCH;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertEarlyLate;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertFloat;
import static io.implementa.project.schedule.engine.ScheduleAssertions.assertScheduled;
import static io.implementa.project.schedule.engine.ScheduleAssertions.date;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Summary tasks: roll-ups and links to and from summaries with MS Project's semantics. */
class SummaryTaskSchedulingTest {

    private static final WorkCalendar CAL = WorkCalendar.standard();

    private static Schedule schedule(Network.Builder b) {
        return CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH);
    }

    @Test
    void summaryRollsUpItsChildrenAndIgnoresItsOwnDuration() {
        Network.Builder b = Network.builder();
        int s = b.addTask("Design phase", 99);
        int a = b.addTask("A", 2);
        int c = b.addTask("B", 3);
        b.parent(a, s).parent(c, s).link(a, c);
        Schedule sch = schedule(b);
        assertTrue(sch.network().isSummary(s));
        assertEarlyLate(sch, s, "2025-03-03", "2025-03-07", "2025-03-03", "2025-03-07");
        assertFloat(sch, s, 0, 0, true);
        assertEquals(date("2025-03-07"), sch.projectFinishDate());
    }

    @Test
    void linkToASummaryHoldsBackEveryTaskBeneathIt() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 2);
        int s = b.addTask("S", 0);
        int x = b.addTask("X", 1);
        int y = b.addTask("Y", 3);
        b.parent(x, s).parent(y, s).link(p, s);
        Schedule sch = schedule(b);
        assertScheduled(sch, x, "2025-03-05", "2025-03-05");
        assertScheduled(sch, y, "2025-03-05", "2025-03-07");
        assertScheduled(sch, s, "2025-03-05", "2025-03-07");
        assertFloat(sch, p, 0, 0, true);
    }

    @Test
    void linkFromASummaryWaitsForItsLatestChild() {
        Network.Builder b = Network.builder();
        int s = b.addTask("S", 0);
        int x = b.addTask("X", 1);
        int y = b.addTask("Y", 3);
        int q = b.addTask("Q", 1);
        b.parent(x, s).parent(y, s).link(s, q);
        Schedule sch = schedule(b);
        assertScheduled(sch, q, "2025-03-06", "2025-03-06");
        assertFloat(sch, x, 2, 2, false);
        assertFloat(sch, y, 0, 0, true);
        List<int[]> paths = sch.criticalPaths(10);
        assertEquals(1, paths.size());
        assertArrayEquals(new int[] {y, q}, paths.get(0), "the summary itself is not listed");
    }

    @Test
    void freeFloatLooksThroughASummaryToItsSuccessors() {
        // S = {X(1), Y(3)} -> Q(1), and Z(5) -> Q: Q waits for Z, so S may finish 2 days later.
        Network.Builder b = Network.builder();
        int s = b.addTask("S", 0);
        int x = b.addTask("X", 1);
        int y = b.addTask("Y", 3);
        int z = b.addTask("Z", 5);
        int q = b.addTask("Q", 1);
        b.parent(x, s).parent(y, s).link(s, q).link(z, q);
        Schedule sch = schedule(b);
        assertScheduled(sch, q, "2025-03-10", "2025-03-10");
        assertFloat(sch, y, 2, 2, false);
        assertFloat(sch, x, 4, 4, false);
        assertFloat(sch, s, 2, 2, false);
    }

    @Test
    void startToStartFromASummaryCountsFromItsEarliestChild() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 2);
        int s = b.addTask("S", 0);
        int x = b.addTask("X", 3);
        int y = b.addTask("Y", 1);
        int q = b.addTask("Q", 1);
        b.parent(x, s).parent(y, s).link(p, x).link(s, q, LinkType.SS, 1);
        Schedule sch = schedule(b);
        // Y starts on the 3rd, so the summary starts on the 3rd, however late X starts.
        assertScheduled(sch, s, "2025-03-03", "2025-03-07");
        assertScheduled(sch, q, "2025-03-04", "2025-03-04");
    }

    @Test
    void finishToFinishLinkToASummaryIsRefused() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 2);
        int s = b.addTask("S", 0);
        int x = b.addTask("X", 1);
        b.parent(x, s).link(p, s, LinkType.FF, 0);
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, b::build);
        assertEquals(s, e.task());
    }

    @Test
    void linkBetweenASummaryAndItsOwnSubtaskIsACycle() {
        Network.Builder b = Network.builder();
        int s = b.addTask("S", 0);
        int a = b.addTask("A", 1);
        int c = b.addTask("B", 1);
        b.parent(a, s).parent(c, s).link(s, c);
        CycleException e = assertThrows(CycleException.class, () -> schedule(b));
        int[] cycle = e.tasks();
        Arrays.sort(cycle);
        assertArrayEquals(new int[] {s, c}, cycle);

        Network.Builder up = Network.builder();
        int s2 = up.addTask("S", 0);
        int a2 = up.addTask("A", 1);
        up.parent(a2, s2).link(a2, s2);
        assertTrue(up.build().findCycle().isPresent());
    }

    @Test
    void startNoEarlierThanOnASummaryAppliesToEverySubtask() {
        Network.Builder b = Network.builder();
        int s = b.addTask("S", 0);
        int a = b.addTask("A", 2);
        int c = b.addTask("B", 1);
        b.parent(a, s).parent(c, s).constraint(s, ConstraintType.SNET, date("2025-03-10"));
        Schedule sch = schedule(b);
        assertScheduled(sch, a, "2025-03-10", "2025-03-11");
        assertScheduled(sch, c, "2025-03-10", "2025-03-10");
    }

    @Test
    void finishNoLaterThanOnASummaryShowsNegativeFloatOnLateSubtasks() {
        Network.Builder b = Network.builder();
        int s = b.addTask("S", 0);
        int a = b.addTask("A", 3);
        b.parent(a, s).constraint(s, ConstraintType.FNLT, date("2025-03-04"));
        Schedule sch = schedule(b);
        assertFloat(sch, a, -1, 0, true);
        assertFloat(sch, s, -1, 0, true);
    }

    @Test
    void deadlineOnASummaryAppliesToItsSubtasks() {
        Network.Builder b = Network.builder();
        int s = b.addTask("S", 0);
        int a = b.addTask("A", 3);
        b.parent(a, s).deadline(s, date("2025-03-04"));
        assertFloat(schedule(b), a, -1, 0, true);
    }

    @Test
    void linkToAnOuterSummaryHoldsBackTasksInNestedSummaries() {
        Network.Builder b = Network.builder();
        int p = b.addTask("P", 2);
        int phase = b.addTask("Phase", 0);
        int group = b.addTask("Group", 0);
        int a = b.addTask("A", 1);
        b.parent(group, phase).parent(a, group).link(p, phase);
        Schedule sch = schedule(b);
        assertScheduled(sch, a, "2025-03-05", "2025-03-05");
        assertScheduled(sch, group, "2025-03-05", "2025-03-05");
        assertScheduled(sch, phase, "2025-03-05", "2025-03-05");
    }

    @Test
    void summaryIsNotCriticalWhenAllItsWorkHasFloat() {
        Network.Builder b = Network.builder();
        b.addTask("Long", 10);
        int s = b.addTask("S", 0);
        int a = b.addTask("A", 2);
        b.parent(a, s);
        Schedule sch = schedule(b);
        assertFloat(sch, s, 8, 8, false);
        assertFalse(sch.critical(s));
    }

    @Test
    void summaryAcceptsOnlyStartNoEarlierAndFinishNoLaterConstraints() {
        Network.Builder b = Network.builder();
        int s = b.addTask("S", 0);
        int a = b.addTask("A", 1);
        b.parent(a, s).constraint(s, ConstraintType.MSO, date("2025-03-10"));
        assertThrows(InvalidNetworkException.class, b::build);
    }

    @Test
    void hierarchyLoopIsRefused() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 1);
        int c = b.addTask("B", 1);
        b.parent(a, c).parent(c, a);
        assertThrows(InvalidNetworkException.class, b::build);
    }
}
