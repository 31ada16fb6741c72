package org.dischargehub.forecast.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dischargehub.forecast.Capacity;
import org.dischargehub.forecast.CapacitySearch;
import org.dischargehub.forecast.DayForecast;
import org.dischargehub.forecast.ForecastAnswer;
import org.dischargehub.forecast.HoursDiscounted;
import org.dischargehub.forecast.LastYear;
import org.dischargehub.forecast.StreamForecast;

/**
 * The forecast as the API gives it: one row per pathway, locality and day, one line per stream, and the posted
 * home-care hours the planner did not count on (per locality, provider and reason).
 */
record ForecastView(LocalDate start, LocalDate surgeFrom, double surge, int weeks, String scenario,
        List<Row> rows, List<Stream> streams, List<HoursDiscounted> homeCareDiscounted) {

    /** A stream on a day, over the replications; delays are of the people admitted that day (null: none was). */
    record Row(int pathway, String locality, LocalDate date, double queueMean, int queueP90,
            @Schema(nullable = true) Double delayDaysMean, @Schema(nullable = true) Double delayDaysP90,
            double occupancyMean) {
    }

    /**
     * A stream over the horizon: its target, the mean wait per person, the first day from which the delay stays
     * under target (null: not by the end), acute bed-days lost and their cost, the steady-state utilisation (null
     * when the stream has no places), and the fewest extra beds (pathways 2 and 3) or home-care hours a day
     * (pathway 1) that keep the mean wait on target; {@code found} is false when even the most tried did not;
     * how its pathway's referrals changed over these weeks last year (null: the hub has no record of it); the
     * bed types whose open beds it counts (extra beds mean beds of these types; empty for home care).
     */
    record Stream(int pathway, String locality, String capacityUnit, double capacity, double targetDays,
            double meanWaitDays, @Schema(nullable = true) LocalDate underTargetFrom, double bedDaysLostMean,
            double bedDaysLostCost, @Schema(nullable = true) Double utilisation, boolean found,
            @Schema(nullable = true) Integer extraBeds, @Schema(nullable = true) Double extraHoursPerDay,
            @Schema(nullable = true) Double lastYearFactor, List<String> bedTypes) {
    }

    static ForecastView of(ForecastAnswer answer, double surge, int weeks) {
        List<Row> rows = new ArrayList<>();
        List<Stream> streams = new ArrayList<>();
        List<StreamForecast> forecasts = answer.result().streams();
        for (int i = 0; i < forecasts.size(); i++) {
            StreamForecast f = forecasts.get(i);
            int pathway = Integer.parseInt(f.key().pathway());
            for (DayForecast d : f.days()) {
                rows.add(new Row(pathway, f.key().locality(), d.date(), d.queueMean(), d.queueP90(), d.delayMean(),
                        d.delayP90(), d.occupancyMean()));
            }
            CapacitySearch.Answer extra = answer.fewestExtra().get(i);
            LastYear lastYear = answer.lastYearOf(f.key());
            Capacity capacity = answer.inputs().get(i).capacity();
            boolean beds = capacity instanceof Capacity.Beds;
            double utilisation = f.steadyState().utilisation();
            streams.add(new Stream(pathway, f.key().locality(), beds ? "BEDS" : "HOURS_PER_DAY",
                    capacity instanceof Capacity.Beds b ? b.beds() : ((Capacity.HomeCare) capacity).hoursPerDay(),
                    f.targetDays(), f.meanWaitDays(), f.underTargetFrom(), f.bedDaysLostMean(), f.bedDaysLostCost(),
                    f.steadyState().places() > 0 && Double.isFinite(utilisation) ? utilisation : null, extra.found(),
                    beds ? extra.extraPlaces() : null, beds ? null : extra.extraAmount(),
                    lastYear == null ? null : lastYear.factor(), answer.bedTypesOf(f.key())));
        }
        return new ForecastView(answer.result().start(), answer.surgeFrom(), surge, weeks, answer.result().scenario().name(),
                rows, streams, answer.discounted());
    }
}
