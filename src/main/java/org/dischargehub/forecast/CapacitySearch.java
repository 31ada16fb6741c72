package org.dischargehub.forecast;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * The fewest extra places (beds, or home-care packages a day) that bring a stream's mean wait per person over the
 * horizon to its target. With common random numbers each person's wait can only shorten as places are added, so
 * the mean falls monotonically in the places: double until the target is met, then halve the gap. The mean is
 * held to target rather than the 90th percentile because waits are whole days, and a percentile of whole days
 * moves in steps that make a search jump over the answer.
 */
public final class CapacitySearch {

    private final ForecastEngine engine;

    public CapacitySearch(ForecastEngine engine) {
        this.engine = engine;
    }

    /** What the search found; {@code extraAmount} is in the capacity's unit (beds, or hours a day). */
    public record Answer(StreamKey stream, boolean found, int extraPlaces, double extraAmount, double meanWaitDays,
            double targetDays) {
    }

    public Answer fewestExtra(ForecastRequest request, Scenario scenario, StreamKey key, int mostExtraPlaces,
            Executor executor) {
        StreamInputs inputs = request.streams().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No stream " + key + " in this request"));
        ForecastRequest single = request.withStreams(List.of(inputs));
        double wait = meanWait(single, scenario, 0, executor);
        if (wait <= inputs.targetDays()) {
            return answer(inputs, true, 0, wait);
        }
        int failed = 0;
        int step = 1;
        Double metWait = null;
        int met = -1;
        while (met < 0) {
            int trying = Math.min(mostExtraPlaces, failed + step);
            double tried = meanWait(single, scenario, trying, executor);
            if (tried <= inputs.targetDays()) {
                met = trying;
                metWait = tried;
            } else if (trying == mostExtraPlaces) {
                return answer(inputs, false, mostExtraPlaces, tried);
            } else {
                failed = trying;
                step *= 2;
            }
        }
        while (met - failed > 1) {
            int middle = (failed + met) >>> 1;
            double tried = meanWait(single, scenario, middle, executor);
            if (tried <= inputs.targetDays()) {
                met = middle;
                metWait = tried;
            } else {
                failed = middle;
            }
        }
        return answer(inputs, true, met, metWait);
    }

    private double meanWait(ForecastRequest single, Scenario scenario, int extra, Executor executor) {
        ForecastResult result = engine.start(single, scenario, executor, ProgressListener.NONE, extra).result().join();
        return result.streams().get(0).meanWaitDays();
    }

    private static Answer answer(StreamInputs inputs, boolean found, int places, double wait) {
        return new Answer(inputs.key(), found, places, inputs.capacity().extraAmountFor(places), wait,
                inputs.targetDays());
    }
}
