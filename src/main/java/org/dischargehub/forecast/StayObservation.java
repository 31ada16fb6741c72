package org.dischargehub.forecast;

/**
 * One stay seen in the hub's records: its length in days, and whether it has ended (a person still in a bed or
 * package today gives a stay of at least {@code days}, right-censored).
 */
public record StayObservation(double days, boolean ended) {

    public StayObservation {
        if (!(days > 0) || Double.isInfinite(days)) {
            throw new IllegalArgumentException("A stay must last a positive, finite number of days");
        }
    }

    public static StayObservation ended(double days) {
        return new StayObservation(days, true);
    }

    public static StayObservation ongoing(double daysSoFar) {
        return new StayObservation(daysSoFar, false);
    }
}
