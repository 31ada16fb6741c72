package org.dischargehub.forecast;

import java.time.LocalDate;

/**
 * One stream on one day, over the replications: referrals, the queue at the end of the day (mean and the 5th, 10th,
 * 50th, 90th and 95th percentiles across replications: the fan's band, and the 90% band a back-test checks), the delay in days of the people admitted that day
 * (mean, and the 90th percentile over those people, a wait of a year or more counted as 365 days; null when no
 * one was admitted in any replication), the places in use at the end of the day, and the places on offer.
 */
public record DayForecast(LocalDate date, double arrivalsMean, double queueMean, int queueP5, int queueP10,
        int queueP50, int queueP90, int queueP95, Double delayMean, Double delayP90, double occupancyMean, int places) {
}
