package org.dischargehub.forecast;

import java.time.LocalDate;

/**
 * What a planner asks: referrals times {@code surge} (reached after {@code rampDays}, a step when 0) from next Monday,
 * over {@code weeks} (6 to 12), in one locality or all (null), with capacity added in that locality from the same
 * Monday, a setting closed for an outbreak (none when null), and whether referrals follow last year's change over
 * the same weeks ({@link LastYear}) before the surge. Checked when asked.
 */
public record ForecastAsk(double surge, int weeks, int rampDays, String locality, Added added, Closed closed,
        boolean followLastYear) {

    public static final double LARGEST_SURGE = 5;
    public static final int LONGEST_RAMP_DAYS = 84;
    public static final int MOST_ADDED_BEDS = 500;
    public static final double MOST_ADDED_HOURS_PER_DAY = 5000;
    public static final int LONGEST_CLOSURE_DAYS = 84;

    public ForecastAsk {
        added = added == null ? Added.NONE : added;
    }

    public ForecastAsk(double surge, int weeks, int rampDays, String locality, Added added) {
        this(surge, weeks, rampDays, locality, added, null, false);
    }

    public static ForecastAsk surge(double surge, int weeks) {
        return new ForecastAsk(surge, weeks, 0, null, Added.NONE);
    }

    /** Beds added for pathways 2 and 3, and home-care hours a day for pathway 1, in the locality asked about. */
    public record Added(int bedsPathway2, int bedsPathway3, double hoursPerDayPathway1) {

        public static final Added NONE = new Added(0, 0, 0);

        boolean any() {
            return bedsPathway2 != 0 || bedsPathway3 != 0 || hoursPerDayPathway1 != 0;
        }
    }

    /**
     * A care setting (its code) closed to admissions for an outbreak: its open beds are out of use from {@code from}
     * (next Monday when null) for {@code days} days; the people in them stay until their stay ends.
     */
    public record Closed(String setting, LocalDate from, int days) {

        LocalDate until(LocalDate start) {
            return start.plusDays(days - 1L);
        }
    }
}
