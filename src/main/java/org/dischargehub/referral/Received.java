package org.dischargehub.referral;

/** The referral a sending system's request made, or the one an earlier request with its identifier made. */
public record Received(Referral referral, boolean isNew) {
}
