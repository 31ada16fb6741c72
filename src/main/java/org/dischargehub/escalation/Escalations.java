package org.dischargehub.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Escalations extends JpaRepository<Escalation, Long> {

    @Query("select e from Escalation e where e.acknowledgedAt is null order by e.raisedAt")
    List<Escalation> findByAcknowledgedAtIsNullOrderByRaisedAtAsc();

    @Query("select e from Escalation e where e.referralId = :referralId order by e.raisedAt")
    List<Escalation> findByReferralIdOrderByRaisedAtAsc(String referralId);

    @Query("select e from Escalation e where e.acknowledgedAt is not null order by e.acknowledgedAt desc limit 200")
    List<Escalation> findTop200ByAcknowledgedAtIsNotNullOrderByAcknowledgedAtDesc();
}
