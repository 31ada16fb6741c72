package org.dischargehub.providerstatus;

import java.util.List;
import java.util.Set;
import org.dischargehub.directory.ProviderKind;

/** One provider on the risk tracker: its latest return, rating, trend and how overdue it is. */
public record TrackerRow(String providerCode, String providerName, ProviderKind kind, Set<String> localities,
        StatusReturn latest, Rating rating, Rag previous, Long daysSinceReturn, boolean overdue, FollowUp openFollowUp,
        List<String> outbreakSettings) {

    public TrackerRow {
        outbreakSettings = List.copyOf(outbreakSettings);
    }

    /** A confirmed outbreak covers a setting still taking new people: the hub may close it in one click. */
    public boolean outbreakClosurePending() {
        return !outbreakSettings.isEmpty();
    }

    /** "worse", "better", "same" or "new", comparing the latest return's rating with the one before. */
    public String trend() {
        if (previous == null) {
            return "new";
        }
        int change = previous.compareTo(rating.rag());
        return change > 0 ? "worse" : change < 0 ? "better" : "same";
    }
}
