package org.dischargehub.directory;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingSchemes extends JpaRepository<FundingScheme, Long> {

    boolean existsByValidFrom(LocalDate validFrom);
}
