package org.dischargehub.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingAmendments extends JpaRepository<FundingAmendment, Long> {

    List<FundingAmendment> findByReferralIdOrderByAmendedAtAscIdAsc(String referralId);
}
