package org.dischargehub.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FundingAmendments extends JpaRepository<FundingAmendment, Long> {

    @Query("select a from FundingAmendment a where a.referralId = :referralId order by a.amendedAt, a.id")
    List<FundingAmendment> findByReferralIdOrderByAmendedAtAscIdAsc(String referralId);
}
