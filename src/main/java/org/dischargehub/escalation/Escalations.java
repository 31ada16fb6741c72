package org.dischargehub.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Escalations extends JpaRepository<Escalation, Long> {

    @Query("select e from Escalation e where e.acknowledgedAt is null and e.closedAt is null order by e.raisedAt")
    List<Escalation> findUnacknowledged();

    @Query("select e from Escalation e where e.closedAt is null order by e.raisedAt, e.id")
    List<Escalation> findOpen();

    @Query("select e from Escalation e where e.closedAt is not null order by e.closedAt desc, e.id desc limit 1000")
    List<Escalation> findLatestClosed();

    @Query("select e from Escalation e where e.referralId = :referralId order by e.raisedAt")
    List<Escalation> findByReferralIdOrderByRaisedAtAsc(String referralId);

    long countByClosedAtIsNull();

    @Query("select e from Escalation e where e.referralId = :referralId and e.closedAt is null order by e.raisedAt")
    List<Escalation> findOpenFor(String referralId);
}
