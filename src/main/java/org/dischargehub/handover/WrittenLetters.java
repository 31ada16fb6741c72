package org.dischargehub.handover;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WrittenLetters extends JpaRepository<WrittenLetter, String> {

    List<WrittenLetter> findByReferralIdOrderByNumber(String referralId);

    @Query("""
            select new org.dischargehub.handover.LastLetter(l.number, l.pathway, l.providerCode, l.startDate, l.bedCode,
                   l.dischargedOn, l.fundingOutcome, l.endingNoticeGiven)
            from WrittenLetter l where l.referralId = ?1 order by l.number desc limit 1
            """)
    Optional<LastLetter> lastOf(String referralId);
}
