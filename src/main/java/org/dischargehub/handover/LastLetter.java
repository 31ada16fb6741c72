package org.dischargehub.handover;

import java.time.LocalDate;

/**
 * A person's latest letter as a change is weighed against it: its number and the plan it described, read as columns so
 * that the letter itself (what it says, kept as JSON) is not loaded on every change to the referral.
 */
record LastLetter(int number, PlanFacts plan) {

    LastLetter(int number, Integer pathway, String providerCode, LocalDate startDate, String bedCode,
            LocalDate dischargedOn, String fundingOutcome, boolean endingNoticeGiven) {
        this(number, new PlanFacts(pathway, providerCode, startDate, bedCode, dischargedOn, fundingOutcome,
                endingNoticeGiven));
    }
}
