package org.dischargehub.referral;

/** Published after a referral's change has committed; views listening for it refresh. */
public record ReferralChanged(String referralId, ReferralStatus status) {
}
