package org.dischargehub.handover;

import java.time.LocalDate;

/** The plan a letter describes, as the facts whose change calls for a new letter. */
record PlanFacts(Integer pathway, String providerCode, LocalDate startDate, String bedCode, LocalDate dischargedOn,
        String fundingOutcome) {
}
