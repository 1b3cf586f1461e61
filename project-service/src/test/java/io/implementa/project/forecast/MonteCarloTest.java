package io.implementa.project.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The samplers against their distributions' known means and ranges. */
class MonteCarloTest {

    @Test
    void pertSamplesHaveThePertMeanAndStayInRange() {
        SplittableRandom random = new SplittableRandom(1);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = MonteCarlo.pert(random, 4, 5, 12);
            assertTrue(x >= 4 && x <= 12);
            sum += x;
        }
        assertEquals((4 + 4 * 5 + 12) / 6.0, sum / n, 0.02);
    }

    /** The tabulated sampler the simulation uses against the exact one: same mean, same quartiles. */
    @Test
    void tabulatedPertDrawsMatchExactPertDraws() {
        double[] table = MonteCarlo.betaQuantiles(1 + 4 * (5 - 4) / 8.0, 6 - (1 + 4 * (5 - 4) / 8.0));
        SplittableRandom random = new SplittableRandom(4);
        int n = 200_000;
        double[] exact = new double[n];
        double[] tabulated = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            exact[i] = MonteCarlo.pert(random, 4, 5, 12);
            tabulated[i] = MonteCarlo.tabulated(random, 4, 12, table);
            assertTrue(tabulated[i] >= 4 && tabulated[i] <= 12);
            sum += tabulated[i];
        }
        assertEquals((4 + 4 * 5 + 12) / 6.0, sum / n, 0.02);
        java.util.Arrays.sort(exact);
        java.util.Arrays.sort(tabulated);
        for (int q : new int[] {n / 4, n / 2, 3 * n / 4}) {
            assertEquals(exact[q], tabulated[q], 0.03);
        }
    }

    @Test
    void triangularSamplesHaveTheTriangularMeanAndStayInRange() {
        SplittableRandom random = new SplittableRandom(2);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = MonteCarlo.triangular(random, 4, 5, 12);
            assertTrue(x >= 4 && x <= 12);
            sum += x;
        }
        assertEquals((4 + 5 + 12) / 3.0, sum / n, 0.02);
    }

    @Test
    void aDegenerateEstimateIsItsValue() {
        SplittableRandom random = new SplittableRandom(3);
        assertEquals(5.0, MonteCarlo.pert(random, 5, 5, 5));
        assertEquals(5.0, MonteCarlo.triangular(random, 5, 5, 5));
    }
}
