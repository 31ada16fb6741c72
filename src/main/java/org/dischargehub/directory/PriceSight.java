package org.dischargehub.directory;

import java.math.BigDecimal;

/**
 * Whose prices a caller may read (a provider's {@code hourlyRate}, its settings' {@code dailyRate}). Commissioning
 * prices are commercially sensitive between competing providers: a provider's own user reads that provider's prices
 * and nobody else's; the hub's staff read every provider's. A price the caller may not read is {@code null}, so it
 * never leaves the server, whether for an API answer or a screen.
 */
public record PriceSight(boolean everyProvider, Long ownProviderId) {

    public static final PriceSight EVERY_PROVIDER = new PriceSight(true, null);

    /** A provider user's sight: its own provider's prices only (none at all if it has no provider). */
    public static PriceSight ownProviderOnly(Long providerId) {
        return new PriceSight(false, providerId);
    }

    public boolean sees(Long providerId) {
        return everyProvider || (ownProviderId != null && ownProviderId.equals(providerId));
    }

    /** The price of the given provider as this caller may read it: the price, or null. */
    public BigDecimal shown(Long providerId, BigDecimal price) {
        return sees(providerId) ? price : null;
    }
}
