package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dischargehub.forecast.History.Arrivals;
import org.dischargehub.forecast.History.InCare;
import org.dischargehub.forecast.History.OpenBeds;
import org.dischargehub.forecast.History.PostedHours;
import org.dischargehub.forecast.History.Stay;
import org.dischargehub.forecast.History.Waiting;
import org.junit.jupiter.api.Test;

/** The hub's records as the model's streams: demand, beds by what they serve, hours, stays and today's state. */
class ForecastInputsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final ForecastInputs.Settings SETTINGS = new ForecastInputs.Settings(12, 2, 1, 42, 10,
            HomeCareSupply.Rules.DEFAULT);

    @Test
    void each_pathway_in_each_locality_gets_its_demand_capacity_stay_and_todays_people() {
        List<Arrivals> arrivals = new ArrayList<>();
        for (LocalDate day = TODAY.minusWeeks(12); day.isBefore(TODAY); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                arrivals.add(new Arrivals(day, 2, "A", 2));
            }
        }
        List<Stay> stays = new ArrayList<>();
        for (int days = 10; days < 30; days += 2) {
            stays.add(new Stay(2, "REHAB", days, false));
        }
        stays.add(new Stay(2, "REHAB", 40, true));
        stays.add(new Stay(3, "NURSING", 12, false));
        History history = new History(TODAY, arrivals, stays, List.of(),
                List.of(new OpenBeds("A", 1, "REHAB", 5), new OpenBeds("A", 2, "NURSING", 3),
                        new OpenBeds("A", 2, "DEMENTIA", 2)),
                List.of(hours(TODAY), hours(TODAY.plusDays(1))), List.of(),
                List.of(new Waiting(2, "A", "REHAB", TODAY.minusDays(3), null),
                        new Waiting(1, "A", "HOME_CARE", TODAY.minusDays(1), new BigDecimal("14"))),
                List.of(new InCare(1, "A", "HOME_CARE", TODAY.minusDays(10), null, new BigDecimal("7")),
                        new InCare(3, "A", "NURSING", null, null, null)));

        Map<StreamKey, StreamInputs> streams = ForecastInputs.streams(history, SETTINGS).stream()
                .collect(Collectors.toMap(StreamInputs::key, Function.identity()));

        assertThat(streams).containsOnlyKeys(ForecastInputs.key(1, "A"), ForecastInputs.key(2, "A"),
                ForecastInputs.key(3, "A"));
        StreamInputs rehab = streams.get(ForecastInputs.key(2, "A"));
        assertThat(rehab.arrivalsPerDay()).as("10 a week over 12 whole weeks").isCloseTo(10.0 / 7, within(1e-9));
        assertThat(rehab.weekdays().factor(DayOfWeek.SUNDAY)).isZero();
        assertThat(rehab.capacity()).as("rehab beds, and the dementia beds no one used").isEqualTo(
                new Capacity.Beds(7));
        assertThat(rehab.today().waitedDays()).containsExactly(3);
        assertThat(rehab.targetDays()).isEqualTo(2);
        assertThat(rehab.stay().mean()).as("fitted: above the ended stays' mean of 19, one stay is still going on")
                .isGreaterThan(19);

        StreamInputs nursing = streams.get(ForecastInputs.key(3, "A"));
        assertThat(nursing.capacity()).as("nursing beds serve pathway 3, which used them").isEqualTo(
                new Capacity.Beds(3));
        assertThat(nursing.arrivalsPerDay()).isZero();
        assertThat(nursing.today().elapsedStayDays()).as("holding a bed before leaving hospital").containsExactly(0);
        assertThat(nursing.stay().mean()).as("one ended stay is too few to fit: the fallback")
                .isCloseTo(42, within(1e-6));

        StreamInputs homeCare = streams.get(ForecastInputs.key(1, "A"));
        assertThat(homeCare.capacity()).as("6 hours taken and 14 free a day; packages of the median 10.5 h a week")
                .isEqualTo(new Capacity.HomeCare(20, 1.5));
        assertThat(homeCare.today().waitedDays()).containsExactly(1);
        assertThat(homeCare.today().elapsedStayDays()).containsExactly(10);
        assertThat(homeCare.targetDays()).isEqualTo(1);
        assertThat(ForecastInputs.bedTypes(history)).as("the types each bed-based stream counts")
                .containsOnly(Map.entry(ForecastInputs.key(2, "A"), List.of("DEMENTIA", "REHAB")),
                        Map.entry(ForecastInputs.key(3, "A"), List.of("NURSING")));
    }

    @Test
    void a_stale_posting_counts_for_less_pathway_0_is_no_stream_and_a_queue_alone_makes_one() {
        History history = new History(TODAY, List.of(new Arrivals(TODAY.minusDays(1), 0, "B", 9)), List.of(),
                List.of(), List.of(), List.of(new PostedHours("P", "B", TODAY, new BigDecimal("20"),
                        BigDecimal.ZERO, true)), List.of(),
                List.of(new Waiting(3, "C", "NURSING", TODAY, null)), List.of());

        List<StreamInputs> streams = ForecastInputs.streams(history, SETTINGS);

        assertThat(streams).extracting(StreamInputs::key).containsExactly(ForecastInputs.key(1, "B"),
                ForecastInputs.key(3, "C"));
        assertThat(streams.get(1).capacity()).isEqualTo(new Capacity.Beds(0));
        assertThat(((Capacity.HomeCare) streams.get(0).capacity()).hoursPerDay()).as("half of a stale posting")
                .isEqualTo(10);
    }

    @Test
    void people_who_then_wait_for_long_term_care_hold_their_place_longer() {
        List<Stay> stays = new ArrayList<>();
        List<Stay> onward = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stays.add(new Stay(2, "REHAB", 20 + i % 5, false));
            if (i % 2 == 0) {
                onward.add(new Stay(2, "REHAB", 10 + i % 3, false));
            }
        }
        History without = history(stays, List.of());
        History with = history(stays, onward);

        double alone = ForecastInputs.placeHeld(without, 2, SETTINGS).mean();
        double held = ForecastInputs.placeHeld(with, 2, SETTINGS).mean();

        assertThat(held - alone).as("half the people wait about 11 days more").isCloseTo(5.5, within(0.5));
    }

    private static History history(List<Stay> stays, List<Stay> onward) {
        return new History(TODAY, List.of(), stays, onward, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static PostedHours hours(LocalDate day) {
        return new PostedHours("P", "A", day, new BigDecimal("20"), new BigDecimal("6"), false);
    }
}
