package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One provider's capacity in one locality on one day; free = posted - booked - offered. */
public record CapacityRow(String providerCode, String providerName, String locality, LocalDate date,
        BigDecimal hoursPosted, BigDecimal hoursBooked, BigDecimal hoursOffered, BigDecimal hoursFree,
        Instant updatedAt, boolean stale) {
}
