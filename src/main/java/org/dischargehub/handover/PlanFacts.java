package org.dischargehub.handover;

import java.time.LocalDate;

/**
 * The plan a letter describes, as the facts whose change calls for a new letter.
 *
 * @param endingNoticeGiven the person has been told that the funded period ends soon; once told, it stays so
 */
record PlanFacts(Integer pathway, String providerCode, LocalDate startDate, String bedCode, LocalDate dischargedOn,
        String fundingOutcome, boolean endingNoticeGiven) {

    PlanFacts withEndingNotice() {
        return new PlanFacts(pathway, providerCode, startDate, bedCode, dischargedOn, fundingOutcome, true);
    }
}
