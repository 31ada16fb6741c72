package org.dischargehub.referral;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dischargehub.beds.BedType;

/** What the MDT decided the person needs: a bed of a type (pathways 2, 3) or hours of home care from a day (1). */
public record Requirement(BedType bedType, BigDecimal hoursPerWeek, LocalDate startDate) {
}
