package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Stays drawn from a known distribution and cut off at a random day the records were read (as the people still in
 * a bed today are): the censored fit recovers the distribution, where dropping the ongoing stays does not.
 */
class StayFitTest {

    private static List<StayObservation> censored(RealDistribution stays, int count) {
        UniformRealDistribution readOn = new UniformRealDistribution(new Well19937c(11), 0, 60);
        List<StayObservation> observed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double stay = stays.sample();
            double window = readOn.sample();
            observed.add(stay <= window ? StayObservation.ended(stay) : StayObservation.ongoing(window));
        }
        return observed;
    }

    @Test
    void the_censored_lognormal_fit_recovers_mu_and_sigma() {
        List<StayObservation> observed = censored(new LogNormalDistribution(new Well19937c(7), 3.0, 0.6), 4_000);
        long ongoing = observed.stream().filter(s -> !s.ended()).count();

        StayDistribution.LogNormal fitted = StayFit.logNormal(observed);
        StayDistribution.LogNormal endedOnly = StayFit.logNormal(observed.stream().filter(StayObservation::ended)
                .toList());

        assertThat(ongoing).as("a real share is still in service").isGreaterThan(1_000);
        assertThat(fitted.mu()).isCloseTo(3.0, within(0.05));
        assertThat(fitted.sigma()).isCloseTo(0.6, within(0.04));
        assertThat(endedOnly.mean()).as("ended stays alone understate the mean").isLessThan(0.8 * fitted.mean());
    }

    @Test
    void the_censored_exponential_fit_is_days_over_stays_ended() {
        List<StayObservation> observed = censored(new ExponentialDistribution(new Well19937c(5), 20), 4_000);

        assertThat(StayFit.exponential(observed).mean()).isCloseTo(20, within(1.2));
        assertThat(StayFit.exponential(List.of(StayObservation.ended(10), StayObservation.ongoing(20))).mean())
                .isEqualTo(30);
    }

    @Test
    void a_fit_needs_stays_that_ended() {
        assertThatThrownBy(() -> StayFit.logNormal(List.of(StayObservation.ongoing(3), StayObservation.ended(4))))
                .hasMessageContaining("at least two");
        assertThatThrownBy(() -> StayObservation.ended(0)).hasMessageContaining("positive");
    }
}
