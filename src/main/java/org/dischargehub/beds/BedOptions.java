package org.dischargehub.beds;

import java.time.Instant;
import java.util.List;

/** The beds that fit a person, best first, and why every other setting was left out. */
public record BedOptions(List<Candidate> candidates, List<Exclusion> excluded) {

    public record Candidate(String bedCode, String settingCode, String settingName, int tier, String locality,
            BedType type, Instant freeSince, String reason) {
    }

    public record Exclusion(String settingCode, String settingName, String reason) {
    }

    /** Why nothing fits, for an escalation; null when something does. */
    public String whyNone() {
        if (!candidates.isEmpty()) {
            return null;
        }
        if (excluded.isEmpty()) {
            return "no bed of that type in the bed base";
        }
        return excluded.stream().map(e -> e.settingName() + ": " + e.reason()).reduce((a, b) -> a + "; " + b)
                .orElse("");
    }
}
