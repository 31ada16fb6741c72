package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An offer as providers and the hub see it: where, when, how many hours and what care; never who. */
public record OfferRow(String id, String referralId, String providerCode, String locality, LocalDate startDate,
        BigDecimal hoursPerWeek, OfferStatus status, Instant expiresAt, String needs, Instant offeredAt,
        String offeredBy, Instant answeredAt, String answeredBy, String reason) {
}
