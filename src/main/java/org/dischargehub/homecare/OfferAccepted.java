package org.dischargehub.homecare;

import java.time.LocalDate;

/** A provider accepted a package: its hours are booked; the person can go home with it from the start date. */
public record OfferAccepted(String offerId, String referralId, String providerCode, LocalDate startDate) {
}
