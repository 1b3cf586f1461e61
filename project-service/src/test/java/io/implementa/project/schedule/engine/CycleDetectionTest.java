package io.implementa.project.schedule.engine;

import static io.implementa.project.schedule.engine.ScheduleAssertions.MON_3_MARCH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cycles are refused with the tasks of one cycle, in link order; self-links never get in. */
class CycleDetectionTest {

    private static final WorkCalendar CAL = WorkCalendar.standard();

    @Test
    void rejectsTaskThatDependsOnItself() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 1);
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class, () -> b.link(a, a));
        assertEquals(a, e.task());
    }

    @Test
    void namesBothTasksOfATwoTaskCycle() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 1);
        int c = b.addTask("B", 1);
        b.link(a, c).link(c, a, LinkType.SS, 0);
        CycleException e = assertThrows(CycleException.class, () -> CpmScheduler.schedule(b.build(), CAL, MON_3_MARCH));
        int[] cycle = e.tasks();
        Arrays.sort(cycle);
        assertArrayEquals(new int[] {a, c}, cycle);
    }

    @Test
    void namesExactlyTheTasksOnTheCycleInLinkOrder() {
        // A -> B -> C -> D -> B, with E hanging off the cycle and F feeding it.
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 1);
        int bb = b.addTask("B", 1);
        int c = b.addTask("C", 1);
        int d = b.addTask("D", 1);
        int e = b.addTask("E", 1);
        int f = b.addTask("F", 1);
        b.link(a, bb).link(bb, c).link(c, d).link(d, bb).link(d, e).link(f, c);
        Network net = b.build();

        CycleException ex = assertThrows(CycleException.class, () -> CpmScheduler.schedule(net, CAL, MON_3_MARCH));
        int[] cycle = ex.tasks();
        assertEquals(3, cycle.length);
        int[] sorted = cycle.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {bb, c, d}, sorted);
        for (int i = 0; i < cycle.length; i++) {
            assertTrue(linked(net, cycle[i], cycle[(i + 1) % cycle.length]),
                    "each task precedes the next: " + Arrays.toString(cycle));
        }
        List<Object> keys = ex.keys();
        assertEquals(3, keys.size());
        assertTrue(ex.getMessage().startsWith("Dependency cycle: "), ex.getMessage());
        assertTrue(ex.getMessage().contains("B") && ex.getMessage().contains("C") && ex.getMessage().contains("D"));
        assertArrayEquals(cycle, net.findCycle().orElseThrow());
    }

    @Test
    void findsNoCycleInAnAcyclicNetwork() {
        assertFalse(NetworkGenerator.layered(2_000, 42).findCycle().isPresent());
    }

    @Test
    void findsACycleClosedDeepInsideALargeNetwork() {
        Network.Builder b = Network.builder();
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            b.addTask("T" + i, 1);
        }
        for (int i = 1; i < n; i++) {
            b.link(i - 1, i);
        }
        b.link(4_000, 1_000);
        Network net = b.build();
        int[] cycle = net.findCycle().orElseThrow();
        assertEquals(3_001, cycle.length);
        for (int i = 0; i < cycle.length; i++) {
            assertTrue(linked(net, cycle[i], cycle[(i + 1) % cycle.length]));
        }
    }

    @Test
    void refusesLinksToUnknownTasks() {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", 1);
        assertThrows(InvalidNetworkException.class, () -> b.link(a, 7));
    }

    @Test
    void refusesNegativeDurations() {
        Network.Builder b = Network.builder();
        assertThrows(InvalidNetworkException.class, () -> b.addTask("A", -1));
    }

    @Test
    void refusesDuplicateKeys() {
        Network.Builder b = Network.builder();
        b.addTask("A", 1);
        b.addTask("A", 2);
        assertThrows(InvalidNetworkException.class, b::build);
    }

    private static boolean linked(Network net, int p, int q) {
        for (int l = 0; l < net.linkCount(); l++) {
            if (net.linkPredecessor(l) == p && net.linkSuccessor(l) == q) {
                return true;
            }
        }
        return false;
    }
}
