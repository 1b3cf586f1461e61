package io.implementa.bench.forecast;

import io.implementa.project.forecast.Distribution;
import io.implementa.project.forecast.MonteCarlo;
import io.implementa.project.schedule.engine.Network;
import io.implementa.project.schedule.engine.NetworkGenerator;
import io.implementa.project.schedule.engine.ScheduleOptions;
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
 * A whole Monte Carlo forecast, in process: {@code iterations} runs of the CPM engine over the generated
 * {@code tasks}-task network (about 3 links per task), every task with a duration drawing its own from a
 * three-point estimate (0.75×, 1×, 1.75× its duration). One operation = the whole simulation, as
 * {@code POST .../forecasts} computes it on its worker pool (without reading the plan from the database).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {

    @Param({"1000"})
    public int tasks;

    @Param({"10000"})
    public int iterations;

    @Param({"PERT", "TRIANGULAR"})
    public Distribution distribution;

    private MonteCarlo simulation;

    @Setup
    public void generate() {
        Network network = NetworkGenerator.layered(tasks, 2025); // the CPM benchmarks' seed
        int n = network.taskCount();
        int[] planned = new int[n];
        double[] o = new double[n];
        double[] m = new double[n];
        double[] p = new double[n];
        for (int t = 0; t < n; t++) {
            int d = network.duration(t);
            planned[t] = d;
            boolean drawn = d > 0 && !network.isSummary(t);
            o[t] = drawn ? 0.75 * d : Double.NaN;
            m[t] = drawn ? d : Double.NaN;
            p[t] = drawn ? 1.75 * d : Double.NaN;
        }
        simulation = new MonteCarlo(network, WorkCalendar.standard(),
                ScheduleOptions.startingOn(NetworkGenerator.DEFAULT_START), planned, o, m, p);
    }

    @Benchmark
    public MonteCarlo.Result forecast() {
        return simulation.run(iterations, 42, distribution);
    }
}
