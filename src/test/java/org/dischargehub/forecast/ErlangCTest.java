package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangCTest {

    @Test
    void one_server_gives_the_textbook_m_m_1_wait() {
        // M/M/1 with λ = 0.5, μ = 1: Wq = ρ/(μ − λ) = 0.5/0.5 = 1
        assertThat(ErlangC.meanWait(1, 0.5, 1)).isCloseTo(1.0, within(1e-12));
        assertThat(ErlangC.probabilityOfWaiting(1, 0.5)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void two_servers_give_the_textbook_m_m_2_values() {
        // M/M/2 with λ = 1, μ = 1 (ρ = 0.5): C = 2ρ²/(1 + ρ) = 1/3, Wq = ρ²/(μ(1 − ρ²)) = 1/3
        assertThat(ErlangC.probabilityOfWaiting(2, 1)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(ErlangC.meanWait(2, 1, 1)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void ten_servers_agree_with_the_sum_formula() {
        double offered = 8.5;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < 10; k++) {
            sum += term;
            term *= offered / (k + 1);
        }
        double last = term * 10 / (10 - offered);
        double expected = last / (sum + last);

        assertThat(ErlangC.probabilityOfWaiting(10, offered)).isCloseTo(expected, within(1e-12));
        assertThat(ErlangC.meanWait(10, offered, 20)).isCloseTo(expected * 20 / 1.5, within(1e-9));
    }

    @Test
    void utilisation_at_or_above_one_has_no_steady_state() {
        SteadyState full = SteadyState.estimate(0.5, new StayDistribution.Exponential(20), 10);
        SteadyState over = SteadyState.estimate(0.66, new StayDistribution.Exponential(20), 10);

        assertThat(full.utilisation()).isCloseTo(1.0, within(1e-12));
        assertThat(full.steady()).isFalse();
        assertThat(full.waitDays()).isNull();
        assertThat(over.steady()).isFalse();
        assertThat(SteadyState.estimate(1, new StayDistribution.Exponential(20), 0).steady()).isFalse();
        assertThat(SteadyState.estimate(0, new StayDistribution.Exponential(20), 0).steady())
                .as("no places and no referrals: no queue that ever moves").isFalse();
    }

    @Test
    void lee_longton_scales_the_wait_for_lognormal_stays_and_little_gives_the_queue() {
        StayDistribution.LogNormal stay = StayDistribution.LogNormal.withMeanAndSd(20, 10);
        SteadyState estimate = SteadyState.estimate(0.35, stay, 10);

        double mmc = ErlangC.meanWait(10, 7, 20);
        assertThat(stay.scv()).isCloseTo(0.25, within(1e-9));
        assertThat(estimate.steady()).isTrue();
        assertThat(estimate.utilisation()).isCloseTo(0.7, within(1e-9));
        assertThat(estimate.waitDays()).isCloseTo(mmc * (1 + 0.25) / 2, within(1e-9));
        assertThat(estimate.queueLength()).isCloseTo(0.35 * estimate.waitDays(), within(1e-9));
        assertThat(estimate.inService()).isCloseTo(7, within(1e-9));
    }
}
