package io.implementa.project.schedule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * A programme-sized network (100,000 tasks, about 300,000 links) schedules correctly: properties
 * are checked on a random sample of links and tasks. No timing assertions; the benchmarks measure
 * speed.
 */
class LargeNetworkTest {

    private static final WorkCalendar CAL = WorkCalendar.standard();
    private static final int TASKS = 100_000;
    private static final int SAMPLE = 5_000;

    @Test
    void schedulesAHundredThousandTaskNetworkCorrectly() {
        Network net = NetworkGenerator.layered(TASKS, 2025);
        assertEquals(TASKS, net.taskCount());
        assertTrue(net.linkCount() > 280_000 && net.linkCount() < 320_000, "links: " + net.linkCount());

        Schedule s = CpmScheduler.schedule(net, CAL, NetworkGenerator.DEFAULT_START);

        int[][] early = Links.spans(net, s::earlyStartInstant, s::earlyFinishInstant);
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < SAMPLE; i++) {
            assertNull(Links.violation(net, rnd.nextInt(net.linkCount()), early));
        }
        for (int i = 0; i < SAMPLE; i++) {
            int t = rnd.nextInt(TASKS);
            assertTrue(s.totalFloat(t) >= 0, "task " + t);
            assertEquals(s.totalFloat(t) == 0, s.critical(t), "task " + t);
            assertTrue(s.freeFloat(t) <= s.totalFloat(t), "task " + t);
            assertEquals(s.earlyStart(t) + s.totalFloat(t), s.lateStart(t), "task " + t);
        }
        List<int[]> paths = s.criticalPaths(3);
        assertFalse(paths.isEmpty());
        for (int[] path : paths) {
            assertEquals(s.projectStart(), s.earlyStartInstant(path[0]));
            assertEquals(s.projectFinish(), s.earlyFinish(path[path.length - 1]));
        }
    }

    @Test
    void schedulesALargeNetworkWithSummariesAndConstraints() {
        Network net = NetworkGenerator.standard(50_000).withConstraints(0.05).withSummaries(10, 0.2).generate(11);
        Schedule s = CpmScheduler.schedule(net, CAL, NetworkGenerator.DEFAULT_START);
        int[][] scheduled = Links.spans(net, s::startInstant, s::finishInstant);
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < SAMPLE; i++) {
            assertNull(Links.violation(net, rnd.nextInt(net.linkCount()), scheduled));
        }
        Schedule again = CpmScheduler.schedule(net, CAL, NetworkGenerator.DEFAULT_START);
        assertTrue(again.diffFrom(s).isEmpty());
    }
}
