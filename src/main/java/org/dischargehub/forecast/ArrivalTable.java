package org.dischargehub.forecast;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Poisson arrivals drawn by inversion of a precomputed distribution function: one uniform number a stream-day,
 * so a surge changes how many arrive on a day from the same number (never fewer), and the arrival stream of a
 * replication stays aligned across scenarios.
 */
final class ArrivalTable {

    private static final double TAIL = 1e-12;

    private final Map<Double, double[]> byMean = new HashMap<>();

    double[] cdf(double mean) {
        return byMean.computeIfAbsent(mean, ArrivalTable::tabulate);
    }

    private static double[] tabulate(double mean) {
        if (mean <= 0) {
            return new double[] {1.0};
        }
        PoissonDistribution poisson = new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        int cap = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
        double[] cdf = new double[cap + 1];
        int k = 0;
        for (; k <= cap; k++) {
            cdf[k] = poisson.cumulativeProbability(k);
            if (cdf[k] >= 1 - TAIL) {
                break;
            }
        }
        return Arrays.copyOf(cdf, Math.min(k, cap) + 1);
    }

    /**
     * Exactly {@code count} whatever the uniform number: F is below every u before {@code count} and 1 at it. A
     * stream given its arrivals still draws its uniform number each day, so the other draws keep their alignment.
     */
    static double[] certain(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A day cannot have fewer than no arrivals");
        }
        double[] cdf = new double[count + 1];
        Arrays.fill(cdf, 0, count, -1.0);
        cdf[count] = 1.0;
        return cdf;
    }

    /** The smallest k with F(k) > u. */
    static int draw(double[] cdf, double u) {
        int index = Arrays.binarySearch(cdf, u);
        int k = index >= 0 ? index + 1 : -index - 1;
        return Math.min(k, cdf.length - 1);
    }
}
