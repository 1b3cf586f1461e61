package io.implementa.project.forecast;

import io.implementa.project.schedule.engine.CpmScheduler;
import io.implementa.project.schedule.engine.Network;
import io.implementa.project.schedule.engine.Schedule;
import io.implementa.project.schedule.engine.ScheduleOptions;
import io.implementa.project.schedule.engine.WorkCalendar;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A Monte Carlo simulation of a schedule: each iteration draws every uncertain task's duration from its
 * three-point estimate and runs the CPM engine on the same network (built once; only the duration array
 * changes), recording the project finish and which tasks were critical. Pure computation, no I/O; the
 * same inputs and seed give the same result.
 */
public final class MonteCarlo {

    private final Network network;
    private final WorkCalendar calendar;
    private final ScheduleOptions options;
    private final int[] planned;
    private final double[] optimistic;
    private final double[] mostLikely;
    private final double[] pessimistic;
    private final boolean[] uncertain;
    /** Per uncertain task, the tabulated PERT quantile function of its shape (shared between equal shapes). */
    private final double[][] pertQuantiles;

    /** Points of a tabulated quantile function; linear interpolation between them. */
    static final int QUANTILES = 1024;

    /**
     * @param planned     every task's planned duration (used as is where no estimate applies)
     * @param optimistic  per task, or NaN for a task whose duration is not drawn (no estimate, a milestone, a
     *                    summary, work already started); likewise {@code mostLikely} and {@code pessimistic}
     */
    public MonteCarlo(Network network, WorkCalendar calendar, ScheduleOptions options, int[] planned,
            double[] optimistic, double[] mostLikely, double[] pessimistic) {
        this.network = network;
        this.calendar = calendar;
        this.options = options;
        this.planned = planned.clone();
        this.optimistic = optimistic;
        this.mostLikely = mostLikely;
        this.pessimistic = pessimistic;
        this.uncertain = new boolean[planned.length];
        this.pertQuantiles = new double[planned.length][];
        java.util.Map<Integer, double[]> shapes = new java.util.HashMap<>();
        for (int t = 0; t < planned.length; t++) {
            uncertain[t] = !Double.isNaN(optimistic[t]);
            if (uncertain[t] && pessimistic[t] > optimistic[t]) {
                // PERT's α + β is always 6, so α alone names the shape; to 1/100 it is close enough for
                // durations rounded to whole days, and at most 401 tables exist.
                int alpha = (int) Math.round(100 * (1 + 4 * (mostLikely[t] - optimistic[t])
                        / (pessimistic[t] - optimistic[t])));
                pertQuantiles[t] = shapes.computeIfAbsent(alpha, a -> betaQuantiles(a / 100.0, 6 - a / 100.0));
            }
        }
    }

    /** What the runs gave: finish ordinals sorted ascending, and per task how many runs it was critical in. */
    public record Result(int[] sortedFinishes, int[] criticalCounts, int iterations) {

        /** The finish ordinal reached by at least {@code percent}% of the runs (nearest rank). */
        public int percentile(int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * iterations);
            return sortedFinishes[Math.max(0, Math.min(iterations - 1, rank - 1))];
        }

        /** The share of runs finishing on or before {@code ordinal}. */
        public double shareFinishingBy(int ordinal) {
            // Index of the first finish after the ordinal = the number of runs on or before it.
            int lo = 0;
            int hi = iterations;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sortedFinishes[mid] <= ordinal) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return (double) lo / iterations;
        }
    }

    public Result run(int iterations, long seed, Distribution distribution) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = planned.length;
        int[] durations = planned.clone();
        int[] finishes = new int[iterations];
        int[] critical = new int[n];
        for (int i = 0; i < iterations; i++) {
            for (int t = 0; t < n; t++) {
                if (uncertain[t]) {
                    double d = distribution == Distribution.TRIANGULAR
                            ? triangular(random, optimistic[t], mostLikely[t], pessimistic[t])
                            : tabulated(random, optimistic[t], pessimistic[t], pertQuantiles[t]);
                    // Whole working days, as the engine schedules; a task keeps at least one day.
                    durations[t] = Math.max(1, (int) Math.round(d));
                }
            }
            Schedule s = CpmScheduler.schedule(network, calendar, options, durations);
            finishes[i] = s.projectFinish();
            for (int t = 0; t < n; t++) {
                if (s.critical(t)) {
                    critical[t]++;
                }
            }
        }
        Arrays.sort(finishes);
        return new Result(finishes, critical, iterations);
    }

    /** Inverse-CDF sample of the triangular distribution on [a, b] with mode m. */
    static double triangular(SplittableRandom random, double a, double m, double b) {
        if (b <= a) {
            return a;
        }
        double u = random.nextDouble();
        double range = b - a;
        double split = (m - a) / range;
        return u < split ? a + Math.sqrt(u * range * (m - a)) : b - Math.sqrt((1 - u) * range * (b - m));
    }

    /**
     * A PERT draw through the tabulated quantile function of its shape (inverse transform): one uniform and an
     * interpolation instead of two gamma variates. {@link #pert} is the exact sampler it is tested against.
     */
    static double tabulated(SplittableRandom random, double a, double b, double[] quantiles) {
        if (quantiles == null) {
            return a;
        }
        double u = random.nextDouble() * QUANTILES;
        int i = (int) u;
        double x = quantiles[i] + (u - i) * (quantiles[i + 1] - quantiles[i]);
        return a + (b - a) * x;
    }

    /**
     * The quantile function of Beta(α, β) (α, β ≥ 1) at {@code QUANTILES + 1} evenly spaced probabilities: the
     * density integrated on a fine grid (midpoint rule), then inverted by linear interpolation.
     */
    static double[] betaQuantiles(double alpha, double beta) {
        int grid = 1 << 14;
        double[] cdf = new double[grid + 1];
        double sum = 0;
        for (int k = 0; k < grid; k++) {
            double x = (k + 0.5) / grid;
            sum += Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
            cdf[k + 1] = sum;
        }
        for (int k = 1; k <= grid; k++) {
            cdf[k] /= sum;
        }
        double[] q = new double[QUANTILES + 1];
        int k = 0;
        for (int j = 1; j < QUANTILES; j++) {
            double p = (double) j / QUANTILES;
            while (k < grid - 1 && cdf[k + 1] < p) {
                k++;
            }
            double span = cdf[k + 1] - cdf[k];
            q[j] = (k + (span > 0 ? (p - cdf[k]) / span : 0)) / grid;
        }
        q[QUANTILES] = 1;
        return q;
    }

    /** PERT-beta sample on [a, b] with mode m: a Beta(α, β) from two gamma variates, scaled. */
    static double pert(SplittableRandom random, double a, double m, double b) {
        if (b <= a) {
            return a;
        }
        double range = b - a;
        double alpha = 1 + 4 * (m - a) / range;
        double beta = 1 + 4 * (b - m) / range;
        double x = gamma(random, alpha);
        double y = gamma(random, beta);
        return a + range * x / (x + y);
    }

    /** Marsaglia–Tsang gamma sampler for shape ≥ 1 (PERT shapes are 1..5), scale 1. */
    static double gamma(SplittableRandom random, double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gaussian(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** Standard normal by the polar method (one of the pair; SplittableRandom has no nextGaussian in 17). */
    private static double gaussian(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
