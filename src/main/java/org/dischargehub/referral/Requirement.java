package org.dischargehub.referral;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dischargehub.beds.BedType;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.Pathway;
import org.dischargehub.shared.Violations;

/** What the MDT decided the person needs: a bed of a type (pathways 2, 3) or hours of home care from a day (1). */
@Embeddable
public record Requirement(@Enumerated(EnumType.STRING) BedType bedType, BigDecimal hoursPerWeek, LocalDate startDate) {

    /** The need the triage names for its pathway; a pathway's missing part is refused at its field. */
    static Requirement forTriage(Pathway pathway, ReferralCommands.Triage command) {
        new Violations()
                .check(pathway.needsBed() && command.bedType() == null, "bedType", "pathways 2 and 3 need a bed type")
                .check(pathway.needsHomeCare() && command.hoursPerWeek() == null, "hoursPerWeek",
                        "pathway 1 needs the hours of care per week")
                .check(pathway.needsHomeCare() && command.startDate() == null, "startDate",
                        "pathway 1 needs a start date")
                .throwIfAny();
        if (pathway.needsBed()) {
            return new Requirement(command.bedType(), null, null);
        }
        return pathway.needsHomeCare() ? new Requirement(null, command.hoursPerWeek(), command.startDate())
                : new Requirement(null, null, null);
    }

    /** The need as the timeline tells it, after the pathway: ", a nursing bed" or ", 10 hours a week from …". */
    String describe() {
        if (bedType != null) {
            return ", a " + bedType.name().replace('_', ' ').toLowerCase() + " bed";
        }
        if (hoursPerWeek != null) {
            return ", " + hoursPerWeek.stripTrailingZeros().toPlainString() + " hours a week from " + HumanTime.date(startDate);
        }
        return "";
    }
}
