package org.dischargehub.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One placement's funded days within a month: the first and last of them, how many, and what they cost. */
public record RechargeLine(String referralId, String nhsNumber, PlacementKind kind, LocalDate from, LocalDate to,
        long days, Rate rate, BigDecimal amount) {
}
