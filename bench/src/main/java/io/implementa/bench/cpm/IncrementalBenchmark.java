package io.implementa.bench.cpm;

import io.implementa.project.schedule.engine.CpmScheduler;
import io.implementa.project.schedule.engine.Network;
import io.implementa.project.schedule.engine.NetworkGenerator;
import io.implementa.project.schedule.engine.Schedule;
import io.implementa.project.schedule.engine.ScheduleDiff;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A recompute after one task's duration changes on a 10,000-task network: the engine has no
 * partial recompute, so this is a full pass plus the {@link ScheduleDiff} the service publishes.
 * Each invocation flips the task between its duration and that plus two days, so every call
 * really changes the schedule.
 *
 * <ul>
 *   <li>{@code rescheduleAndDiff}: both networks prebuilt (graphs indexed) — CPM pass + diff.</li>
 *   <li>{@code rebuildRescheduleAndDiff}: the network rebuilt with the new duration (it is
 *       immutable), scheduled (indexing its graph) and diffed — the whole in-process cost.</li>
 * </ul>
 * {@code task}: {@code critical} changes a task in the middle of the critical path (the change
 * moves every task after it), {@code noncritical} one with float to spare (few tasks change).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IncrementalBenchmark {

    @Param({"10000"})
    public int tasks;

    @Param({"critical", "noncritical"})
    public String task;

    private NetworkData data;
    private int changed;
    private final int[] durations = new int[2];
    private final Network[] networks = new Network[2];
    private final Schedule[] schedules = new Schedule[2];
    private int current;

    @Setup
    public void generate() {
        Network original = NetworkGenerator.layered(tasks, CpmBenchmark.SEED);
        data = NetworkData.of(original);
        Schedule s = schedule(original);
        changed = task.equals("critical") ? middleOfCriticalPath(s) : withFloat(s);
        durations[0] = original.duration(changed);
        durations[1] = durations[0] + 2;
        networks[0] = original;
        networks[1] = data.build(changed, durations[1]);
        schedules[0] = s;
        schedules[1] = schedule(networks[1]);
        ScheduleDiff diff = schedules[1].diffFrom(schedules[0]);
        System.out.printf("%n[setup] %d tasks, %d links; changed task %s (duration %d -> %d, total float %d): "
                        + "%d tasks change, project finish %s -> %s%n",
                original.taskCount(), original.linkCount(), original.key(changed), durations[0], durations[1],
                s.totalFloat(changed), diff.changed().size(), diff.projectFinishBefore(), diff.projectFinishAfter());
    }

    @Benchmark
    public ScheduleDiff rescheduleAndDiff() {
        int next = 1 - current;
        Schedule after = schedule(networks[next]);
        ScheduleDiff diff = ScheduleDiff.between(schedules[current], after);
        schedules[next] = after;
        current = next;
        return diff;
    }

    @Benchmark
    public ScheduleDiff rebuildRescheduleAndDiff() {
        int next = 1 - current;
        Schedule after = schedule(data.build(changed, durations[next]));
        ScheduleDiff diff = ScheduleDiff.between(schedules[current], after);
        schedules[next] = after;
        current = next;
        return diff;
    }

    private static Schedule schedule(Network network) {
        return CpmScheduler.schedule(network, CpmBenchmark.CALENDAR, NetworkGenerator.DEFAULT_START);
    }

    private static int middleOfCriticalPath(Schedule s) {
        int[] path = s.criticalPaths(1).get(0);
        return path[path.length / 2];
    }

    /** The task nearest the middle of the network with at least five days of total float. */
    private static int withFloat(Schedule s) {
        int n = s.taskCount();
        for (int d = 0; d < n / 2; d++) {
            for (int t : new int[] {n / 2 + d, n / 2 - d}) {
                if (s.totalFloat(t) >= 5 && s.network().duration(t) > 0) {
                    return t;
                }
            }
        }
        throw new IllegalStateException("no task with float");
    }
}
