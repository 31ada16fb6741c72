package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A forecast, the streams it ran on (in the same order as its streams), the day the surge begins, and for each
 * stream the fewest extra beds or home-care hours a day that keep its delay on target; and per pathway, how its
 * referrals changed over the same weeks last year, where the hub knows; and the posted home-care hours not counted
 * on, with why.
 */
public record ForecastAnswer(ForecastResult result, List<StreamInputs> inputs, LocalDate surgeFrom,
        List<CapacitySearch.Answer> fewestExtra, Map<Integer, LastYear> lastYear, List<HoursDiscounted> discounted) {

    public ForecastAnswer {
        inputs = List.copyOf(inputs);
        fewestExtra = List.copyOf(fewestExtra);
        lastYear = Map.copyOf(lastYear);
        discounted = List.copyOf(discounted);
    }

    /** How the stream's pathway changed over these weeks last year; null where the hub has no record of it. */
    public LastYear lastYearOf(StreamKey stream) {
        return lastYear.get(Integer.valueOf(stream.pathway()));
    }
}
