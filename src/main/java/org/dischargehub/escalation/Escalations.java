package org.dischargehub.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Escalations extends JpaRepository<Escalation, Long> {

    List<Escalation> findByAcknowledgedAtIsNullOrderByRaisedAtAsc();

    List<Escalation> findByReferralIdOrderByRaisedAtAsc(String referralId);

    List<Escalation> findTop200ByAcknowledgedAtIsNotNullOrderByAcknowledgedAtDesc();
}
