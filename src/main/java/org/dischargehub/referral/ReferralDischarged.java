package org.dischargehub.referral;

import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.shared.Pathway;

/**
 * The person left hospital: published inside the transaction that recorded the discharge, once, so that what follows
 * a discharge (the check-in call) is kept or lost with it. {@code at} is when the discharge was recorded.
 */
public record ReferralDischarged(String referralId, Pathway pathway, LocalDate dischargedOn, Instant at) {
}
