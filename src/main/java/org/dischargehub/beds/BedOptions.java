package org.dischargehub.beds;

import java.time.Instant;
import java.util.List;

/** The beds that fit a person, best first, and why every other setting was left out. */
public record BedOptions(List<Candidate> candidates, List<Exclusion> excluded) {

    public record Candidate(String bedCode, String settingCode, String settingName, int tier, String locality,
            BedType type, Instant freeSince, String reason, String rag, List<String> warnings) {
    }

    /** Why a setting has no candidate, in the order a coordinator asks. */
    public enum LeftOut {
        NO_BED_OF_TYPE, CLOSED, DESIGNATED_PERSON_NEGATIVE, NOT_DESIGNATED_PERSON_POSITIVE, NO_FREE_BED
    }

    public record Exclusion(String settingCode, String settingName, LeftOut why, String reason) {
    }

    /**
     * Why nothing fits, for an escalation; null when something does. Settings with no bed of the type are counted,
     * not named: they are most of a large bed base, and never the reason to chase.
     */
    public String whyNone() {
        if (!candidates.isEmpty()) {
            return null;
        }
        List<String> named = excluded.stream().filter(e -> e.why() != LeftOut.NO_BED_OF_TYPE)
                .map(e -> e.settingName() + ": " + e.reason()).toList();
        if (named.isEmpty()) {
            return "no bed of that type in the bed base";
        }
        long withoutType = excluded.size() - named.size();
        String why = String.join("; ", named)
                + (withoutType == 0 ? "" : "; " + withoutType + " other settings have no bed of that type");
        return why.length() > 3000 ? why.substring(0, 3000) + "\u2026" : why;
    }
}
