package org.dischargehub.forecast;

import java.util.List;

/**
 * What a planner asks: referrals times {@code surge} (reached after {@code rampDays}, a step when 0) from next Monday,
 * over {@code weeks} (6 to 12), in one locality or all (null), with capacity changes (added or closed beds, added
 * hours). Checked when asked.
 */
public record ForecastAsk(double surge, int weeks, int rampDays, String locality, List<CapacityChange> changes) {

    public static final double LARGEST_SURGE = 5;
    public static final int LONGEST_RAMP_DAYS = 84;

    public ForecastAsk {
        changes = List.copyOf(changes);
    }

    public static ForecastAsk surge(double surge, int weeks) {
        return new ForecastAsk(surge, weeks, 0, null, List.of());
    }
}
