package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Small inputs for the planner's tests. */
final class Streams {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final StreamKey BEDS = new StreamKey("P2", "North");
    static final StreamKey HOME = new StreamKey("P1", "North");

    private Streams() {
    }

    /** A bed stream with exponential stays, a flat week and no one in it today. */
    static StreamInputs exponentialBeds(int beds, double arrivalsPerDay, double meanStay) {
        return StreamInputs.of(BEDS, arrivalsPerDay, WeekdayProfile.flat(), new Capacity.Beds(beds),
                new StayDistribution.Exponential(meanStay), StreamState.empty());
    }

    /** A bed stream with lognormal stays, a weekday profile, and people waiting and in beds today. */
    static StreamInputs busyBeds(int beds, double arrivalsPerDay) {
        return StreamInputs.of(BEDS, arrivalsPerDay, weekdays(), new Capacity.Beds(beds),
                StayDistribution.LogNormal.withMeanAndSd(21, 14), todayWith(6, beds));
    }

    static StreamInputs homeCare(double hoursPerDay, double arrivalsPerDay) {
        return StreamInputs.of(HOME, arrivalsPerDay, weekdays(), new Capacity.HomeCare(hoursPerDay, 1.5),
                StayDistribution.LogNormal.withMeanAndSd(28, 20), StreamState.empty());
    }

    static WeekdayProfile weekdays() {
        return new WeekdayProfile(List.of(1.3, 1.2, 1.1, 1.1, 1.2, 0.6, 0.5));
    }

    static StreamState todayWith(int waiting, int inService) {
        List<Integer> waited = IntStream.range(0, waiting).map(i -> i % 4).boxed().toList();
        List<Integer> stayed = IntStream.range(0, inService).map(i -> i % 30).boxed().toList();
        return new StreamState(waited, stayed);
    }

    static ForecastRequest request(List<StreamInputs> streams, int horizon, int warmUp, int replications) {
        return new ForecastRequest(streams, MONDAY, horizon, warmUp, replications, 20261207L, 400);
    }
}
