package org.dischargehub.forecast;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.special.Erf;

/**
 * Lengths of stay fitted by maximum likelihood with people still in service counted as right-censored: an ended
 * stay adds its log density, an ongoing one the log of the chance of lasting at least as long. Leaving ongoing
 * stays out, or counting them as ended, would bias the mean low, most in the winters when stays lengthen.
 */
public final class StayFit {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private StayFit() {
    }

    /** The exponential's censored MLE in closed form: total days observed over the number of stays ended. */
    public static StayDistribution.Exponential exponential(List<StayObservation> stays) {
        double days = stays.stream().mapToDouble(StayObservation::days).sum();
        long ended = stays.stream().filter(StayObservation::ended).count();
        if (ended == 0) {
            throw new IllegalArgumentException("Fitting stays needs at least one stay that has ended");
        }
        return new StayDistribution.Exponential(days / ended);
    }

    /** The lognormal's censored MLE, found with Nelder–Mead over (μ, log σ) from the moments of the log-stays. */
    public static StayDistribution.LogNormal logNormal(List<StayObservation> stays) {
        if (stays.stream().filter(StayObservation::ended).count() < 2) {
            throw new IllegalArgumentException("Fitting a lognormal needs at least two stays that have ended");
        }
        double[] logs = stays.stream().mapToDouble(s -> Math.log(s.days())).toArray();
        double mean = Arrays.stream(logs).average().orElseThrow();
        double variance = Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum() / logs.length;
        double startSigma = Math.max(Math.sqrt(variance), 0.05);
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-10, 1e-12);
        PointValuePair best = optimizer.optimize(new MaxEval(20_000), GoalType.MAXIMIZE,
                new ObjectiveFunction(point -> logLikelihood(stays, point[0], Math.exp(point[1]))),
                new InitialGuess(new double[] {mean, Math.log(startSigma)}),
                new NelderMeadSimplex(new double[] {0.2, 0.2}));
        return new StayDistribution.LogNormal(best.getPoint()[0], Math.exp(best.getPoint()[1]));
    }

    static double logLikelihood(List<StayObservation> stays, double mu, double sigma) {
        double sum = 0;
        for (StayObservation stay : stays) {
            double logDays = Math.log(stay.days());
            double z = (logDays - mu) / sigma;
            if (stay.ended()) {
                sum += -LOG_SQRT_2PI - Math.log(sigma) - logDays - z * z / 2;
            } else {
                sum += Math.log(Math.max(0.5 * Erf.erfc(z / Math.sqrt(2)), Double.MIN_NORMAL));
            }
        }
        return sum;
    }
}
