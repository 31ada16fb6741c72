package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Every provider's capacity in one locality on one day, added up; stale if any provider's figure is. */
public record LocalityDayTotal(String locality, LocalDate date, BigDecimal hoursPosted, BigDecimal hoursBooked,
        BigDecimal hoursOffered, BigDecimal hoursFree, int providers, int staleProviders, Instant oldestUpdate) {

    public boolean stale() {
        return staleProviders > 0;
    }
}
