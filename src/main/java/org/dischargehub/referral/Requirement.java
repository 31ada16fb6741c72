package org.dischargehub.referral;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dischargehub.beds.BedType;
import org.dischargehub.shared.HumanTime;

/** What the MDT decided the person needs: a bed of a type (pathways 2, 3) or hours of home care from a day (1). */
@Embeddable
public record Requirement(@Enumerated(EnumType.STRING) BedType bedType, BigDecimal hoursPerWeek, LocalDate startDate) {

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
