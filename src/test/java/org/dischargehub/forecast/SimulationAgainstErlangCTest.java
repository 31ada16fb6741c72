package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With exponential stays, Poisson referrals, fixed beds and no surge, the simulation is an M/M/c queue seen once a
 * day, so its mean wait must agree with Erlang C's Wq.
 *
 * <p>The comparison: 100 independent replications of 8,000 days after a 400-day warm-up; each replication's mean
 * wait is one observation, and the 99% confidence interval of their mean (t with 99 degrees of freedom, 2.63) is
 * the statistical half of the tolerance. The other half is the daily step, stated rather than tuned: a referral
 * is counted at the start of the day after it arrives and a bed frees on a whole day, so the wait of each person
 * who waits at all is measured in whole days and differs from its continuous-time value by less than a day; the
 * mean can therefore differ by up to P(wait) × 1 day, P(wait) being Erlang C's probability of waiting. (The
 * simulated mean sits below Erlang C by about half a day times P(wait), as the rounding predicts.) Mean stays of
 * 20 days keep the step small against the waits.
 */
class SimulationAgainstErlangCTest {

    private static final int BEDS = 10;
    private static final double MEAN_STAY = 20;
    private static final int REPLICATIONS = 100;
    private static final double T_99 = 2.63;

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.7, 0.85})
    void simulated_mean_wait_falls_within_the_interval_around_erlang_c(double utilisation) {
        StreamInputs stream = Streams.exponentialBeds(BEDS, utilisation * BEDS / MEAN_STAY, MEAN_STAY);
        ForecastRequest request = Streams.request(List.of(stream), 8_000, 400, REPLICATIONS);
        StreamPlan plan = StreamPlan.compile(stream, Scenario.base(), request, 0, new ArrivalTable());
        double[] means = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            means[r] = DelayRecorder.replicate(plan, request.seed(), r).meanDelay();
        }
        double mean = average(means);
        double halfWidth = T_99 * standardDeviation(means, mean) / Math.sqrt(REPLICATIONS);
        double offered = utilisation * BEDS;
        double erlang = ErlangC.meanWait(BEDS, offered, MEAN_STAY);
        double dailyStep = ErlangC.probabilityOfWaiting(BEDS, offered) * 1.0;

        assertThat(mean).isCloseTo(erlang, within(halfWidth + dailyStep));
        assertThat(halfWidth).as("the interval is tight enough to mean something").isLessThan(0.1 * erlang + 0.05);
    }

    private static double average(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double standardDeviation(double[] values, double mean) {
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
