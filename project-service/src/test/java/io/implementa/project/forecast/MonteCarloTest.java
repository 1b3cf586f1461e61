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
