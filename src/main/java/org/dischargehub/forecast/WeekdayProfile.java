package org.dischargehub.forecast;

import java.time.DayOfWeek;
import java.util.List;

/** How referrals spread over the week: seven factors, Monday first, that scale the mean rate of a day. */
public record WeekdayProfile(List<Double> factors) {

    public WeekdayProfile {
        factors = List.copyOf(factors);
        if (factors.size() != 7) {
            throw new IllegalArgumentException("A weekday profile needs 7 factors, Monday first");
        }
        for (double factor : factors) {
            if (!(factor >= 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("Weekday factors must be finite and not negative");
            }
        }
    }

    public static WeekdayProfile flat() {
        return new WeekdayProfile(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
    }

    public double factor(DayOfWeek day) {
        return factors.get(day.getValue() - 1);
    }

    /** The mean factor over a week, so that rate × mean factor is the mean daily rate. */
    public double mean() {
        return factors.stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
    }
}
