package org.dischargehub.handover;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WrittenLetters extends JpaRepository<WrittenLetter, String> {

    List<WrittenLetter> findByReferralIdOrderByNumber(String referralId);

    Optional<WrittenLetter> findFirstByReferralIdOrderByNumberDesc(String referralId);
}
