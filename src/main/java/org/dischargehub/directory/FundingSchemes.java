package org.dischargehub.directory;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingSchemes extends JpaRepository<FundingScheme, Long> {

    boolean existsByValidFrom(LocalDate validFrom);

    Optional<FundingScheme> findFirstByValidFromLessThanEqualOrderByValidFromDesc(LocalDate day);
}
