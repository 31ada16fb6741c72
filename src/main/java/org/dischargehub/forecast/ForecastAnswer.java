package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * A forecast, the streams it ran on (in the same order as its streams), the day the surge begins, and for each
 * stream the fewest extra beds or home-care hours a day that keep its delay on target.
 */
public record ForecastAnswer(ForecastResult result, List<StreamInputs> inputs, LocalDate surgeFrom,
        List<CapacitySearch.Answer> fewestExtra) {

    public ForecastAnswer {
        inputs = List.copyOf(inputs);
        fewestExtra = List.copyOf(fewestExtra);
    }
}
