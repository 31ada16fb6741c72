package org.dischargehub.referral.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.time.Duration;
import java.util.Locale;
import org.dischargehub.beds.BedType;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.referral.Requirement;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.Pathway;

/** How the referral views write times, durations, pathways and statuses for people to read. */
final class ReferralFormat {

    private ReferralFormat() {
    }

    /** "2 h 15 min", "3 d 4 h", "5 min". */
    static String waiting(Duration duration) {
        if (duration.isNegative()) {
            return "not yet";
        }
        return HumanTime.duration(duration);
    }

    static String pathway(Pathway pathway) {
        if (pathway == null) {
            return "not triaged";
        }
        return "Pathway " + pathway.number() + " · " + switch (pathway) {
            case ZERO -> "home, no new support";
            case ONE -> "home with support";
            case TWO -> "short-term bed";
            case THREE -> "24-hour care";
        };
    }

    static String bedType(BedType type) {
        return type == null ? "" : type.label();
    }

    static String requirement(Requirement requirement) {
        if (requirement == null) {
            return "nothing to book";
        }
        if (requirement.bedType() != null) {
            return bedType(requirement.bedType()) + " bed";
        }
        return requirement.hoursPerWeek().stripTrailingZeros().toPlainString() + " hours a week from "
                + HumanTime.date(requirement.startDate());
    }

    /** "BED_RESERVED" becomes "Bed reserved". */
    static String action(String action) {
        String words = action.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A referral's status as a badge and how long it has been in it, drawn in the browser. */
    static <T> LitRenderer<T> statusBadgeRenderer(ValueProvider<T, ReferralStatus> status,
            ValueProvider<T, Duration> waited) {
        return LitRenderer.<T>of("<span class=\"status-badge status-${item.statusClass}\">${item.status}</span>"
                        + " <span class=\"waited\">for ${item.waited}</span>")
                .withProperty("status", item -> status.apply(item).label())
                .withProperty("statusClass",
                        item -> status.apply(item).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withProperty("waited", item -> waiting(waited.apply(item)));
    }

    static String closeOutcome(CloseOutcome outcome) {
        return outcome == null ? "" : outcome.label();
    }
}
