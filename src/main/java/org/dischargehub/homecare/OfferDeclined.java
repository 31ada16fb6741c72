package org.dischargehub.homecare;

/** A provider declined an offer; its hours are free again. */
public record OfferDeclined(String offerId, String referralId, String providerCode, String reason) {
}
