package org.dischargehub.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralEvents extends JpaRepository<ReferralEvent, Long> {

    @Query("select e from ReferralEvent e where e.referralId = :referralId order by e.at, e.id")
    List<ReferralEvent> findByReferralIdOrderByAtAscIdAsc(String referralId);
}
