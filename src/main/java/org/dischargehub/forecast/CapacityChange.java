package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change to one stream's capacity from a day until a day (inclusive; open-ended when {@code until} is null), in
 * the capacity's own unit: beds, or home-care hours a day. Negative for beds closed by an outbreak.
 */
public record CapacityChange(StreamKey stream, LocalDate from, LocalDate until, double amount) {

    public CapacityChange {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("A capacity change cannot end before it starts");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("A capacity change needs a finite amount");
        }
    }

    public static CapacityChange addBeds(StreamKey stream, int beds, LocalDate from) {
        return new CapacityChange(stream, from, null, beds);
    }

    public static CapacityChange addHoursPerDay(StreamKey stream, double hours, LocalDate from) {
        return new CapacityChange(stream, from, null, hours);
    }

    /** Beds closed for an outbreak from {@code from} until {@code until} inclusive (null: to the horizon). */
    public static CapacityChange closeBeds(StreamKey stream, int beds, LocalDate from, LocalDate until) {
        return new CapacityChange(stream, from, until, -beds);
    }

    boolean appliesOn(StreamKey key, LocalDate date) {
        return stream.equals(key) && !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
