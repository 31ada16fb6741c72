package org.dischargehub.homecare;

import java.time.Instant;

/** Nobody answered an offer before it expired; its hours are free again. */
public record OfferExpired(String offerId, String referralId, String providerCode, Instant expiresAt) {
}
