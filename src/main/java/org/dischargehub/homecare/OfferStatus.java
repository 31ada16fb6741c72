package org.dischargehub.homecare;

/**
 * Where an offer of a package stands. OPEN holds the hours; ACCEPTED books them; DECLINED and EXPIRED free them.
 * WITHDRAWN (the referral was cancelled, or another provider accepted first) and HANDED_BACK (the provider gave an accepted package back) free them too.
 */
public enum OfferStatus {
    OPEN, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, HANDED_BACK;

    public String label() {
        return name().replace('_', ' ').toLowerCase();
    }
}
