package org.dischargehub.referral;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Referrals extends JpaRepository<Referral, String> {

    List<Referral> findByStatusInOrderByCreatedAtAsc(Collection<ReferralStatus> statuses);

    List<Referral> findByStatusOrderByCreatedAtAsc(ReferralStatus status);
}
