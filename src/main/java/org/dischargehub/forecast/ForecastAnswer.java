package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * A forecast, the streams it ran on (in the same order as its streams), the day the surge begins, and for each
 * stream the fewest extra beds or home-care hours a day that keep its delay on target; and per pathway, how its
 * the {@link Readings} of the records beside it.
 */
public record ForecastAnswer(ForecastResult result, List<StreamInputs> inputs, LocalDate surgeFrom,
        List<CapacitySearch.Answer> fewestExtra, Readings readings) {

    public ForecastAnswer {
        inputs = List.copyOf(inputs);
        fewestExtra = List.copyOf(fewestExtra);
    }

    /** How the stream's pathway changed over these weeks last year; null where the hub has no record of it. */
    public LastYear lastYearOf(StreamKey stream) {
        return readings.lastYear().get(Integer.valueOf(stream.pathway()));
    }

    /** The bed types whose beds a bed-based stream counts; none for home care or a stream without beds. */
    public List<String> bedTypesOf(StreamKey stream) {
        return readings.bedTypes().getOrDefault(stream, List.of());
    }

    public List<HoursDiscounted> discounted() {
        return readings.discounted();
    }
}
