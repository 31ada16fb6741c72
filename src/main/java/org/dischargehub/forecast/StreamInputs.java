package org.dischargehub.forecast;

import java.util.Objects;

/**
 * Everything the model needs for one stream: mean referrals a day before the weekday profile and any surge,
 * capacity, length of stay, the state today and the target delay in days.
 */
public record StreamInputs(StreamKey key, double arrivalsPerDay, WeekdayProfile weekdays, Capacity capacity,
        StayDistribution stay, StreamState today, double targetDays) {

    public StreamInputs {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(weekdays, "weekdays");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(stay, "stay");
        Objects.requireNonNull(today, "today");
        if (!(arrivalsPerDay >= 0) || Double.isInfinite(arrivalsPerDay)) {
            throw new IllegalArgumentException("Arrivals per day must be finite and not negative");
        }
        if (!(targetDays >= 0) || Double.isInfinite(targetDays)) {
            throw new IllegalArgumentException("A target delay must be finite and not negative");
        }
    }

    /** A stream with the default target for its kind of capacity. */
    public static StreamInputs of(StreamKey key, double arrivalsPerDay, WeekdayProfile weekdays, Capacity capacity,
            StayDistribution stay, StreamState today) {
        return new StreamInputs(key, arrivalsPerDay, weekdays, capacity, stay, today, capacity.defaultTargetDays());
    }

    public StreamInputs withKey(StreamKey changed) {
        return new StreamInputs(changed, arrivalsPerDay, weekdays, capacity, stay, today, targetDays);
    }

    public StreamInputs withArrivalsPerDay(double changed) {
        return new StreamInputs(key, changed, weekdays, capacity, stay, today, targetDays);
    }

    public StreamInputs withCapacity(Capacity changed) {
        return new StreamInputs(key, arrivalsPerDay, weekdays, changed, stay, today, targetDays);
    }
}
