package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.List;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void a_ramp_moves_linearly_from_its_start_and_then_holds() {
        Surge ramp = new Surge(1.0, 1.32, Streams.MONDAY, 8);

        assertThat(ramp.factorOn(Streams.MONDAY.minusDays(1))).isEqualTo(1.0);
        assertThat(ramp.factorOn(Streams.MONDAY)).isEqualTo(1.0);
        assertThat(ramp.factorOn(Streams.MONDAY.plusDays(4))).isCloseTo(1.16, within(1e-12));
        assertThat(ramp.factorOn(Streams.MONDAY.plusDays(8))).isEqualTo(1.32);
        assertThat(ramp.factorOn(Streams.MONDAY.plusDays(80))).isEqualTo(1.32);
        assertThat(Surge.step(1.65, Streams.MONDAY).factorOn(Streams.MONDAY)).isEqualTo(1.65);
    }

    @Test
    void home_care_hours_give_whole_packages_and_bed_targets_differ_from_home_care() {
        Capacity.HomeCare hours = new Capacity.HomeCare(44, 1.5);

        assertThat(hours.places(0)).isEqualTo(29);
        assertThat(hours.places(1)).isEqualTo(30);
        assertThat(hours.places(-50)).isZero();
        assertThat(new Capacity.HomeCare(45, 1.5).places(0)).isEqualTo(30);
        assertThat(new Capacity.Beds(12).places(-4)).isEqualTo(8);
        assertThat(hours.extraAmountFor(1)).as("the half hour spare today counts").isEqualTo(1.0);
        assertThat(hours.extraAmountFor(0)).isZero();
        assertThat(new Capacity.Beds(12).extraAmountFor(3)).isEqualTo(3.0);
        assertThat(hours.defaultTargetDays()).isEqualTo(1.0);
        assertThat(new Capacity.Beds(12).defaultTargetDays()).isEqualTo(2.0);
    }

    @Test
    void a_lognormal_from_mean_and_sd_keeps_them_and_a_stay_beyond_is_beyond() {
        StayDistribution.LogNormal stay = StayDistribution.LogNormal.withMeanAndSd(21, 14);
        Well19937c random = new Well19937c(3);
        RealDistribution distribution = stay.drawingFrom(random);

        assertThat(stay.mean()).isCloseTo(21, within(1e-9));
        assertThat(distribution.getNumericalVariance()).isCloseTo(196, within(1e-6));
        for (int i = 0; i < 1000; i++) {
            assertThat(stay.stayBeyond(30, distribution, random)).isGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void bad_inputs_are_refused_with_a_reason() {
        assertThatThrownBy(() -> new WeekdayProfile(List.of(1.0, 1.0))).hasMessageContaining("7 factors");
        assertThatThrownBy(() -> new Capacity.Beds(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> ForecastRequest.plan(List.of(), Streams.MONDAY, 90, 1, 0))
                .hasMessageContaining("42 to 84");
        assertThatThrownBy(() -> Streams.request(List.of(Streams.busyBeds(3, 1), Streams.busyBeds(4, 1)), 42, 0, 1))
                .hasMessageContaining("once");
        assertThat(new WeekdayProfile(List.of(1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 0.0)).factor(DayOfWeek.TUESDAY))
                .isEqualTo(2.0);
    }
}
