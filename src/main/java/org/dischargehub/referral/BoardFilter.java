package org.dischargehub.referral;

import org.dischargehub.shared.Pathway;

/**
 * What the hub board is narrowed to: a search on NHS number or name, a pathway, a locality and an open status, each
 * null for any.
 */
public record BoardFilter(String text, Pathway pathway, Long localityId, ReferralStatus status) {

    /** The same filter over every open status, as the board's counts by status read it. */
    public BoardFilter anyStatus() {
        return new BoardFilter(text, pathway, localityId, null);
    }
}
