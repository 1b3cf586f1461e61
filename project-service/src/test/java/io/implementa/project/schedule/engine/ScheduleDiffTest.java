package io.implementa.project.schedule.engine;

import static io.implementa.project.schedule.engine.ScheduleAssertions.MON_3_MARCH;
import static io.implementa.project.schedule.engine.ScheduleAssertions.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The delta between two schedules: only what changed, nothing when nothing did. */
class ScheduleDiffTest {

    private static final WorkCalendar CAL = WorkCalendar.standard();

    /** The classic network of {@link CriticalPathTextbookTest}, with adjustable durations. */
    private static Network classic(Map<String, Integer> durations, boolean withE) {
        Network.Builder b = Network.builder();
        int a = b.addTask("A", durations.getOrDefault("A", 3));
        int bb = b.addTask("B", durations.getOrDefault("B", 4));
        int c = b.addTask("C", durations.getOrDefault("C", 2));
        int d = b.addTask("D", durations.getOrDefault("D", 5));
        int f = b.addTask("F", durations.getOrDefault("F", 2));
        b.link(a, bb).link(a, c).link(bb, d).link(c, d).link(d, f);
        if (withE) {
            int e = b.addTask("E", durations.getOrDefault("E", 1));
            b.link(c, e).link(e, f);
        } else {
            b.addTask("G", 1);
        }
        return b.build();
    }

    private static Schedule schedule(Network net) {
        return CpmScheduler.schedule(net, CAL, MON_3_MARCH);
    }

    private static List<Object> changedKeys(ScheduleDiff diff) {
        return diff.changed().stream().map(ScheduleDiff.Change::key).collect(Collectors.toList());
    }

    @Test
    void nothingChangedGivesAnEmptyDiff() {
        Schedule before = schedule(classic(Map.of(), true));
        Schedule after = schedule(classic(Map.of(), true));
        ScheduleDiff diff = after.diffFrom(before);
        assertTrue(diff.isEmpty());
        assertFalse(diff.criticalChanged());
        assertFalse(diff.projectFinishChanged());
    }

    @Test
    void slipWithinFreeFloatChangesOnlyThatTask() {
        Schedule before = schedule(classic(Map.of(), true));
        Schedule after = schedule(classic(Map.of("E", 2), true));
        ScheduleDiff diff = after.diffFrom(before);
        assertEquals(List.of("E"), changedKeys(diff));
        ScheduleDiff.Change e = diff.changed().get(0);
        assertEquals(date("2025-03-10"), e.before().earlyFinish());
        assertEquals(date("2025-03-11"), e.after().earlyFinish());
        assertEquals(6, e.before().totalFloat());
        assertEquals(5, e.after().totalFloat());
        assertFalse(diff.projectFinishChanged());
    }

    @Test
    void slipOnTheCriticalPathMovesTheFinishAndEverythingDownstream() {
        Schedule before = schedule(classic(Map.of(), true));
        Schedule after = schedule(classic(Map.of("D", 6), true));
        ScheduleDiff diff = after.diffFrom(before);
        assertEquals(List.of("D", "F", "E"), changedKeys(diff));
        assertTrue(diff.projectFinishChanged());
        assertEquals(date("2025-03-20"), diff.projectFinishBefore());
        assertEquals(date("2025-03-21"), diff.projectFinishAfter());
        assertFalse(diff.criticalChanged());
    }

    @Test
    void tasksAreMatchedByKeyAcrossAdditionsAndRemovals() {
        Schedule before = schedule(classic(Map.of(), true));
        Schedule after = schedule(classic(Map.of(), false));
        ScheduleDiff diff = after.diffFrom(before);
        assertEquals(1, diff.removed().size());
        assertEquals("E", diff.removed().get(0).key());
        assertTrue(changedKeys(diff).contains("G"));
        ScheduleDiff.Change g = diff.changed().stream().filter(c -> c.key().equals("G")).findFirst().orElseThrow();
        assertNull(g.before());
        assertFalse(changedKeys(diff).contains("D"), "D's schedule is unaffected");
    }

    @Test
    void comparesDatesNotOrdinalsWhenTheCalendarChanges() {
        Network net = classic(Map.of(), true);
        Schedule before = schedule(net);
        // A holiday long before the project renumbers every working day but moves nothing.
        WorkCalendar renumbered = WorkCalendar.builder().holiday(date("2024-01-02")).build();
        Schedule same = CpmScheduler.schedule(net, renumbered, MON_3_MARCH);
        assertTrue(same.diffFrom(before).isEmpty());

        WorkCalendar withHoliday = WorkCalendar.builder().holiday(date("2025-03-12")).build();
        ScheduleDiff moved = CpmScheduler.schedule(net, withHoliday, MON_3_MARCH).diffFrom(before);
        assertTrue(changedKeys(moved).contains("D"));
        assertFalse(changedKeys(moved).contains("A"));
        assertEquals(date("2025-03-21"), moved.projectFinishAfter());
    }

    @Test
    void firstScheduleReportsEveryTaskAsNew() {
        Schedule first = schedule(classic(Map.of(), true));
        ScheduleDiff diff = ScheduleDiff.between(null, first);
        assertEquals(first.taskCount(), diff.changed().size());
        assertTrue(diff.criticalChanged());
        assertFalse(diff.isEmpty());
    }

    @Test
    void becomingCriticalIsReported() {
        Schedule before = schedule(classic(Map.of(), true));
        Schedule after = schedule(classic(Map.of("C", 4), true));
        ScheduleDiff diff = after.diffFrom(before);
        assertTrue(diff.criticalChanged());
        assertTrue(diff.changed().stream().anyMatch(c -> c.key().equals("C") && c.after().critical()));
    }
}
