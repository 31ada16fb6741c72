package org.dischargehub.forecast;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Erf;

/** Length of stay in days: lognormal for planning, exponential for checking the simulation against Erlang C. */
public sealed interface StayDistribution {

    double mean();

    /** Squared coefficient of variation, Var/mean², the cs² of the Lee–Longton approximation. */
    double scv();

    /** A commons-math distribution that draws from {@code random}, so a seeded generator fixes every stay. */
    RealDistribution drawingFrom(RandomGenerator random);

    /** A whole stay of someone already {@code elapsed} days in: drawn from the distribution given stay > elapsed. */
    double stayBeyond(double elapsed, RealDistribution distribution, RandomGenerator random);

    record LogNormal(double mu, double sigma) implements StayDistribution {
        public LogNormal {
            if (!Double.isFinite(mu) || !(sigma > 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("A lognormal stay needs a finite mu and a positive sigma");
            }
        }

        /** The lognormal with this mean and standard deviation in days. */
        public static LogNormal withMeanAndSd(double mean, double sd) {
            double sigma2 = Math.log1p(sd * sd / (mean * mean));
            return new LogNormal(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
        }

        @Override
        public double mean() {
            return Math.exp(mu + sigma * sigma / 2);
        }

        @Override
        public double scv() {
            return Math.expm1(sigma * sigma);
        }

        @Override
        public RealDistribution drawingFrom(RandomGenerator random) {
            return new LogNormalDistribution(random, mu, sigma);
        }

        @Override
        public double stayBeyond(double elapsed, RealDistribution distribution, RandomGenerator random) {
            double below = elapsed > 0 ? distribution.cumulativeProbability(elapsed) : 0;
            double u = below + (1 - below) * random.nextDouble();
            u = Math.min(Math.max(u, Double.MIN_NORMAL), Math.nextDown(1.0));
            double z = Math.sqrt(2) * Erf.erfInv(2 * u - 1);
            return Math.max(elapsed, Math.exp(mu + sigma * z));
        }
    }

    record Exponential(double meanDays) implements StayDistribution {
        public Exponential {
            if (!(meanDays > 0) || Double.isInfinite(meanDays)) {
                throw new IllegalArgumentException("An exponential stay needs a positive finite mean");
            }
        }

        @Override
        public double mean() {
            return meanDays;
        }

        @Override
        public double scv() {
            return 1;
        }

        @Override
        public RealDistribution drawingFrom(RandomGenerator random) {
            return new ExponentialDistribution(random, meanDays);
        }

        @Override
        public double stayBeyond(double elapsed, RealDistribution distribution, RandomGenerator random) {
            return elapsed + distribution.sample();
        }
    }
}
