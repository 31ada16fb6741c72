package org.dischargehub.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A factor on referrals that moves linearly from {@code from} on {@code start} to {@code to} on
 * {@code start + rampDays} and stays there; before {@code start} it is {@code from}. A ramp of 0 days is a step.
 */
public record Surge(double from, double to, LocalDate start, int rampDays) {

    public Surge {
        Objects.requireNonNull(start, "start");
        if (!(from >= 0) || !(to >= 0) || Double.isInfinite(from) || Double.isInfinite(to)) {
            throw new IllegalArgumentException("Surge factors must be finite and not negative");
        }
        if (rampDays < 0) {
            throw new IllegalArgumentException("A ramp cannot last a negative number of days");
        }
    }

    public static Surge none() {
        return new Surge(1.0, 1.0, LocalDate.EPOCH, 0);
    }

    /** A step to {@code factor} from {@code start}, e.g. 1.32 for referrals 32% up from next Monday. */
    public static Surge step(double factor, LocalDate start) {
        return new Surge(1.0, factor, start, 0);
    }

    public double factorOn(LocalDate date) {
        long day = ChronoUnit.DAYS.between(start, date);
        if (day < 0) {
            return from;
        }
        if (rampDays == 0 || day >= rampDays) {
            return to;
        }
        return from + (to - from) * day / rampDays;
    }
}
