package org.dischargehub.referral;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralEvents extends JpaRepository<ReferralEvent, Long> {

    @Query("select e from ReferralEvent e where e.referralId = :referralId order by e.at, e.id")
    List<ReferralEvent> findByReferralIdOrderByAtAscIdAsc(String referralId);

    /**
     * The referrals whose latest timeline event falls strictly between the two instants, least recently changed
     * first: found from the events after the first instant (an index on {@code at}), never by reading every referral.
     */
    @Query("""
            select e.referralId from ReferralEvent e where e.at > :after
            group by e.referralId having max(e.at) < :before order by max(e.at), e.referralId""")
    List<String> changedBetween(Instant after, Instant before);
}
