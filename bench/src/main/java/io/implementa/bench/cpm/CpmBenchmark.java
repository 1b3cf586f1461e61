package io.implementa.bench.cpm;

import io.implementa.project.schedule.engine.CpmScheduler;
import io.implementa.project.schedule.engine.Network;
import io.implementa.project.schedule.engine.NetworkGenerator;
import io.implementa.project.schedule.engine.Schedule;
import io.implementa.project.schedule.engine.WorkCalendar;
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
 * The scheduling engine on generated layered networks ({@link NetworkGenerator#standard}: about
 * three links per task, 20% SS/FF/SF links, 20% with leads or lags, 5% milestones).
 *
 * <ul>
 *   <li>{@code schedule}: one full CPM pass (topological order, forward and backward pass, float)
 *       over a network whose internal graph is already built — what a recompute of an unchanged
 *       network costs.</li>
 *   <li>{@code build}: building the immutable {@link Network} from plain task and link data through
 *       its builder, as the service does from its database rows.</li>
 *   <li>{@code buildAndSchedule}: build plus the first pass, which also indexes the graph — the
 *       whole cost of scheduling a network the engine has not seen.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CpmBenchmark {

    static final WorkCalendar CALENDAR = WorkCalendar.standard();
    static final long SEED = 2025;

    @Param({"1000", "10000", "100000"})
    public int tasks;

    private Network network;
    private NetworkData data;

    @Setup
    public void generate() {
        network = NetworkGenerator.layered(tasks, SEED);
        data = NetworkData.of(network);
        CpmScheduler.schedule(network, CALENDAR, NetworkGenerator.DEFAULT_START);
    }

    @Benchmark
    public Schedule schedule() {
        return CpmScheduler.schedule(network, CALENDAR, NetworkGenerator.DEFAULT_START);
    }

    @Benchmark
    public Network build() {
        return data.build(-1, 0);
    }

    @Benchmark
    public Schedule buildAndSchedule() {
        return CpmScheduler.schedule(data.build(-1, 0), CALENDAR, NetworkGenerator.DEFAULT_START);
    }
}
