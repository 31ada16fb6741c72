package org.dischargehub.referral;

import java.time.LocalDate;
import java.util.List;
import org.dischargehub.funding.FundingAmendment;

/**
 * A referral with everything its record shows: its locality's code, the last funded day once discharged, the
 * timeline (oldest first), the corrections to its funding decision (oldest first) and the ids of the person's
 * earlier referrals (oldest first). Read in one go.
 */
public record ReferralRecord(Referral referral, String localityCode, LocalDate fundedPeriodEnd,
        List<ReferralEvent> history, List<FundingAmendment> amendments, List<String> previousReferralIds) {
}
