package org.dischargehub.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One placement's funded days within a month: the first and last of them, how many, and what they cost; with the
 * person's name and the setting or provider, so that a commissioner can check the line.
 */
public record RechargeLine(String referralId, String nhsNumber, PlacementKind kind, LocalDate from, LocalDate to,
        long days, Rate rate, BigDecimal amount, String person, String placedWith) {
}
