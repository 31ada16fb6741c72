package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * The forecast for one stream under one scenario.
 *
 * @param underTargetFrom the first day from which the mean delay of those admitted stays at or under the target
 *        to the end of the horizon; null when it is over the target on the last day
 * @param meanWaitDays the mean wait per person over the horizon: everyone admitted in it, and everyone still
 *        waiting at its end counted with the days waited so far (the measure the capacity search holds to target)
 * @param bedDaysLostMean acute bed-days lost: the sum over the days of the people waiting, mean over replications
 * @param bedDaysLostCost the mean bed-days lost times the cost of a delayed acute day
 */
public record StreamForecast(StreamKey key, double targetDays, List<DayForecast> days, LocalDate underTargetFrom,
        double meanWaitDays, double bedDaysLostMean, int bedDaysLostP90, double bedDaysLostCost,
        SteadyState steadyState, LittlesLaw littlesLaw) {

    public StreamForecast {
        days = List.copyOf(days);
    }

    public boolean meetsTarget() {
        return meanWaitDays <= targetDays;
    }
}
