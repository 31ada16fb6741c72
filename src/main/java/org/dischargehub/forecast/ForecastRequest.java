package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One run of the planner: the streams, the first day forecast (today), how many days to report, how many days to
 * run before reporting (0 when starting from today's real state; a warm-up for checking steady state), how many
 * seeded replications, and the cost of a delayed acute bed-day for pricing the days lost.
 */
public record ForecastRequest(List<StreamInputs> streams, LocalDate start, int horizonDays, int warmUpDays,
        int replications, long seed, double costPerDelayedDay) {

    public static final int DEFAULT_REPLICATIONS = 1_000;
    public static final int SHORTEST_PLAN_DAYS = 42;
    public static final int LONGEST_PLAN_DAYS = 84;

    public ForecastRequest {
        streams = List.copyOf(streams);
        Objects.requireNonNull(start, "start");
        if (horizonDays < 1 || warmUpDays < 0 || (long) horizonDays + warmUpDays > 100_000) {
            throw new IllegalArgumentException("The horizon must be 1 to 100,000 days with its warm-up");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("A forecast needs at least one replication");
        }
        if (!(costPerDelayedDay >= 0) || Double.isInfinite(costPerDelayedDay)) {
            throw new IllegalArgumentException("The cost of a delayed day must be finite and not negative");
        }
        if (new HashSet<>(streams.stream().map(StreamInputs::key).toList()).size() != streams.size()) {
            throw new IllegalArgumentException("Each stream may appear only once");
        }
    }

    /** A plan from today over 6 to 12 weeks with the default 1,000 replications and no warm-up. */
    public static ForecastRequest plan(List<StreamInputs> streams, LocalDate today, int horizonDays, long seed,
            double costPerDelayedDay) {
        if (horizonDays < SHORTEST_PLAN_DAYS || horizonDays > LONGEST_PLAN_DAYS) {
            throw new IllegalArgumentException("A plan looks 42 to 84 days ahead");
        }
        return new ForecastRequest(streams, today, horizonDays, 0, DEFAULT_REPLICATIONS, seed, costPerDelayedDay);
    }

    public ForecastRequest withReplications(int count) {
        return new ForecastRequest(streams, start, horizonDays, warmUpDays, count, seed, costPerDelayedDay);
    }

    public ForecastRequest withStreams(List<StreamInputs> changed) {
        return new ForecastRequest(changed, start, horizonDays, warmUpDays, replications, seed, costPerDelayedDay);
    }

    int totalDays() {
        return warmUpDays + horizonDays;
    }

    LocalDate dateOf(int simulatedDay) {
        return start.plusDays(simulatedDay - warmUpDays);
    }
}
