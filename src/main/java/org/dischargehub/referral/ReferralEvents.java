package org.dischargehub.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralEvents extends JpaRepository<ReferralEvent, Long> {

    List<ReferralEvent> findByReferralIdOrderByAtAscIdAsc(String referralId);
}
