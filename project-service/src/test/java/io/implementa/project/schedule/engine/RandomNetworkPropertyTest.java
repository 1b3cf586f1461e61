package io.implementa.project.schedule.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Properties that must hold on any network, checked on a few hundred seeded random networks (each
 * failure names its seed, so it can be replayed), plus an exact comparison with a brute-force
 * reference CPM.
 */
class RandomNetworkPropertyTest {

    private static final LocalDate START = NetworkGenerator.DEFAULT_START;
    private static final WorkCalendar CALENDAR = WorkCalendar.builder()
            .holiday(LocalDate.of(2025, 4, 18))
            .holiday(LocalDate.of(2025, 4, 21))
            .holidays(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 1))
            .build();
    private static final int RUNS = 300;

    /** A random small generator: sizes, widths and link mixes vary with the seed. */
    private static NetworkGenerator small(long seed) {
        SplittableRandom r = new SplittableRandom(seed * 7919);
        int tasks = 1 + r.nextInt(60);
        return NetworkGenerator.standard(tasks)
                .withLayerWidth(1 + r.nextInt(8))
                .withLinkMix(r.nextDouble(), r.nextDouble(), r.nextInt(6));
    }

    @Test
    void matchesBruteForceReferenceWithoutConstraints() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Network net = small(seed).generate(seed);
            assertMatchesReference(net, seed);
        }
    }

    @Test
    void matchesBruteForceReferenceWithConstraintsAndDeadlines() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Network net = small(seed).withConstraints(0.25).generate(seed);
            assertMatchesReference(net, seed);
        }
    }

    private static void assertMatchesReference(Network net, long seed) {
        Schedule s = CpmScheduler.schedule(net, CALENDAR, START);
        ReferenceCpm ref = new ReferenceCpm(net, CALENDAR, s.projectStart());
        for (int t = 0; t < net.taskCount(); t++) {
            String where = "seed " + seed + ", task " + net.key(t);
            assertEquals(ref.es[t], s.earlyStartInstant(t), where + " early start");
            assertEquals(ref.ef[t], s.earlyFinishInstant(t), where + " early finish");
            assertEquals(ref.ls[t], s.lateStartInstant(t), where + " late start");
            assertEquals(ref.lf[t], s.lateFinishInstant(t), where + " late finish");
            assertEquals(ref.totalFloat[t], s.totalFloat(t), where + " total float");
            assertEquals(ref.freeFloat[t], s.freeFloat(t), where + " free float");
            assertEquals(ref.totalFloat[t] <= 0, s.critical(t), where + " critical");
        }
    }

    @Test
    void everyLinkHoldsBetweenEarlyAndBetweenScheduledDates() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Network net = small(seed).withConstraints(seed % 2 == 0 ? 0.2 : 0)
                    .withSummaries(1 + (int) (seed % 4), 0.5).generate(seed);
            Schedule s = CpmScheduler.schedule(net, CALENDAR, START);
            assertLinksHold(net, Links.spans(net, s::earlyStartInstant, s::earlyFinishInstant), seed, "early");
            assertLinksHold(net, Links.spans(net, s::startInstant, s::finishInstant), seed, "scheduled");
        }
    }

    private static void assertLinksHold(Network net, int[][] spans, long seed, String which) {
        for (int l = 0; l < net.linkCount(); l++) {
            assertNull(Links.violation(net, l, spans), "seed " + seed + " (" + which + ")");
        }
    }

    @Test
    void withoutConstraintsEveryFloatIsNonNegativeAndCriticalMeansZeroFloat() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Network net = small(seed).withSummaries((int) (seed % 3), 0.5).generate(seed);
            Schedule s = CpmScheduler.schedule(net, CALENDAR, START);
            boolean anyCritical = false;
            for (int t = 0; t < net.taskCount(); t++) {
                String where = "seed " + seed + ", task " + net.key(t);
                assertTrue(s.totalFloat(t) >= 0, where + " total float " + s.totalFloat(t));
                assertTrue(s.freeFloat(t) >= 0 && s.freeFloat(t) <= s.totalFloat(t), where + " free float");
                assertEquals(s.totalFloat(t) == 0, s.critical(t), where);
                assertTrue(s.lateStart(t) >= s.earlyStart(t), where);
                anyCritical |= s.critical(t);
            }
            assertTrue(anyCritical, "seed " + seed + ": something drives the project finish");
        }
    }

    @Test
    void criticalPathsRunFromProjectStartToProjectFinishThroughDrivingLinks() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Network net = small(seed).withSummaries((int) (seed % 3), 0.5).generate(seed);
            Schedule s = CpmScheduler.schedule(net, CALENDAR, START);
            List<int[]> paths = s.criticalPaths(10_000);
            assertFalse(paths.isEmpty(), "seed " + seed);
            int projectFinishInstant = maxEarlyFinish(s, net);
            Set<Integer> onPaths = new HashSet<>();
            for (int[] path : paths) {
                String where = "seed " + seed + ", path " + java.util.Arrays.toString(path);
                assertEquals(s.projectStart(), s.earlyStartInstant(path[0]), where + " starts the project");
                assertEquals(projectFinishInstant, s.earlyFinishInstant(path[path.length - 1]), where + " ends it");
                for (int t : path) {
                    assertTrue(s.critical(t), where);
                    onPaths.add(t);
                }
            }
            for (int t : s.criticalTasks()) {
                assertTrue(onPaths.contains(t), "seed " + seed + ": critical task " + net.key(t) + " is on a path");
            }
        }
    }

    @Test
    void finishToStartCriticalPathLengthEqualsProjectDuration() {
        for (long seed = 1; seed <= RUNS; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            Network net = NetworkGenerator.standard(1 + r.nextInt(60))
                    .withLayerWidth(1 + r.nextInt(6))
                    .withLinkMix(0, 0.5, 3)
                    .generate(seed);
            Schedule s = CpmScheduler.schedule(net, CALENDAR, START);
            int duration = maxEarlyFinish(s, net) - s.projectStart();
            for (int[] path : s.criticalPaths(1000)) {
                int length = 0;
                for (int i = 0; i < path.length; i++) {
                    length += net.duration(path[i]);
                    if (i > 0) {
                        length += drivingLag(net, s, path[i - 1], path[i]);
                    }
                }
                assertEquals(duration, length, "seed " + seed + ": sum of durations and lags along the path");
            }
        }
    }

    /** The lag of the driving FS link between two consecutive tasks of a critical path. */
    private static int drivingLag(Network net, Schedule s, int p, int q) {
        for (int l = 0; l < net.linkCount(); l++) {
            if (net.linkPredecessor(l) == p && net.linkSuccessor(l) == q
                    && s.earlyStartInstant(q) == s.earlyFinishInstant(p) + net.linkLag(l)) {
                return net.linkLag(l);
            }
        }
        fail("no driving link " + p + " -> " + q);
        return 0;
    }

    private static int maxEarlyFinish(Schedule s, Network net) {
        int max = s.projectStart();
        for (int t = 0; t < net.taskCount(); t++) {
            if (!net.isSummary(t)) {
                max = Math.max(max, s.earlyFinishInstant(t));
            }
        }
        return max;
    }

    @Test
    void summariesSpanTheirChildrenAndFloatLikeTheirMostCriticalChild() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Network net = small(seed).withSummaries(1 + (int) (seed % 4), 0.5).generate(seed);
            Schedule s = CpmScheduler.schedule(net, CALENDAR, START);
            for (int t = 0; t < net.taskCount(); t++) {
                if (!net.isSummary(t)) {
                    continue;
                }
                int[] children = net.children(t);
                int es = Integer.MAX_VALUE;
                int ef = Integer.MIN_VALUE;
                int tf = Integer.MAX_VALUE;
                boolean critical = false;
                for (int c : children) {
                    es = Math.min(es, s.earlyStart(c));
                    ef = Math.max(ef, s.earlyFinish(c));
                    tf = Math.min(tf, s.totalFloat(c));
                    critical |= s.critical(c);
                }
                String where = "seed " + seed + ", summary " + net.key(t);
                assertEquals(es, s.earlyStart(t), where);
                assertEquals(ef, s.earlyFinish(t), where);
                assertEquals(tf, s.totalFloat(t), where);
                assertEquals(critical, s.critical(t), where);
            }
        }
    }

    @Test
    void constrainedTasksMeetTheirConstraintWheneverTheirFloatIsNonNegative() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Network net = small(seed).withConstraints(0.3).generate(seed);
            Schedule s = CpmScheduler.schedule(net, CALENDAR, START);
            for (int t = 0; t < net.taskCount(); t++) {
                ConstraintType c = net.constraintType(t);
                if (!c.dated()) {
                    continue;
                }
                int cs = CALENDAR.startInstant(net.constraintDate(t));
                int cf = CALENDAR.finishInstant(net.constraintDate(t));
                int es = s.earlyStartInstant(t);
                int ef = s.earlyFinishInstant(t);
                String where = "seed " + seed + ", task " + net.key(t) + " " + c + " " + net.constraintDate(t);
                switch (c) {
                    case SNET -> assertTrue(es >= cs, where);
                    case FNET -> assertTrue(ef >= cf, where);
                    default -> {
                        if (s.totalFloat(t) >= 0) {
                            switch (c) {
                                case SNLT -> assertTrue(es <= cs, where);
                                case FNLT -> assertTrue(ef <= cf, where);
                                case MSO -> assertEquals(cs, es, where);
                                case MFO -> assertEquals(cf, ef, where);
                                default -> fail(where);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void progressRecordedExactlyAsPlannedReproducesThePlannedEarlyDates() {
        for (long seed = 1; seed <= RUNS; seed++) {
            Network plan = small(seed).withMilestones(0).generate(seed);
            Schedule planned = CpmScheduler.schedule(plan, CALENDAR, START);
            int status = planned.projectStart() + new SplittableRandom(seed).nextInt(
                    Math.max(1, planned.projectFinish() - planned.projectStart() + 1));

            Network.Builder b = Network.builder();
            for (int t = 0; t < plan.taskCount(); t++) {
                b.addTask(plan.key(t), plan.duration(t));
            }
            for (int l = 0; l < plan.linkCount(); l++) {
                b.link(plan.linkPredecessor(l), plan.linkSuccessor(l), plan.linkType(l), plan.linkLag(l));
            }
            for (int t = 0; t < plan.taskCount(); t++) {
                int es = planned.earlyStartInstant(t);
                int ef = planned.earlyFinishInstant(t);
                if (ef <= status) {
                    b.actualStart(t, CALENDAR.date(es)).actualFinish(t, CALENDAR.date(ef - 1));
                } else if (es < status) {
                    b.actualStart(t, CALENDAR.date(es)).remainingDuration(t, ef - status);
                }
            }
            Network progressed = b.build();
            Schedule actual = CpmScheduler.schedule(progressed, CALENDAR,
                    ScheduleOptions.startingOn(START).withStatusDate(CALENDAR.date(status)));
            for (int t = 0; t < plan.taskCount(); t++) {
                String where = "seed " + seed + ", task " + plan.key(t) + ", status #" + status;
                assertEquals(planned.earlyStartInstant(t), actual.earlyStartInstant(t), where);
                assertEquals(planned.earlyFinishInstant(t), actual.earlyFinishInstant(t), where);
                if (actual.done(t)) {
                    assertFalse(actual.critical(t), where);
                } else {
                    assertTrue(actual.earlyFinishInstant(t) > status, where);
                }
            }
        }
    }

    @Test
    void reschedulingTheSameNetworkChangesNothing() {
        for (long seed = 1; seed <= 50; seed++) {
            Network net = small(seed).withConstraints(0.2).withSummaries(2, 0.5).generate(seed);
            Schedule first = CpmScheduler.schedule(net, CALENDAR, START);
            Schedule again = CpmScheduler.schedule(net, CALENDAR, START);
            assertTrue(again.diffFrom(first).isEmpty(), "seed " + seed);
            assertArrayEquals(first.criticalTasks(), again.criticalTasks());
        }
    }
}
