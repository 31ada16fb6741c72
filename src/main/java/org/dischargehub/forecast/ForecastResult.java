package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.List;

/** A run of one scenario: per stream forecasts over the replications done, and whether the run was cancelled. */
public record ForecastResult(Scenario scenario, LocalDate start, List<StreamForecast> streams,
        int replicationsDone, int replicationsRequested, boolean cancelled) {

    public ForecastResult {
        streams = List.copyOf(streams);
    }

    public StreamForecast stream(StreamKey key) {
        return streams.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No stream " + key + " in this forecast"));
    }

    public double bedDaysLostMean() {
        return streams.stream().mapToDouble(StreamForecast::bedDaysLostMean).sum();
    }

    public double bedDaysLostCost() {
        return streams.stream().mapToDouble(StreamForecast::bedDaysLostCost).sum();
    }
}
