package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A provider that could take a pathway 1 package: free hours in the person's locality on the start day. */
public record HomeCareOption(String providerCode, String providerName, String locality, LocalDate date,
        BigDecimal hoursFree, boolean stale, Instant updatedAt, String reason) {

    /** The same option, its reason saying that the provider's latest status return takes no new work. */
    HomeCareOption notTakingNewWork() {
        return new HomeCareOption(providerCode, providerName, locality, date, hoursFree, stale, updatedAt,
                "Not taking new work, by its latest status return. " + reason);
    }
}
