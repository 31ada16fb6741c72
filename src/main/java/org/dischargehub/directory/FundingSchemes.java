package org.dischargehub.directory;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FundingSchemes extends JpaRepository<FundingScheme, Long> {

    boolean existsByValidFrom(LocalDate validFrom);

    /** The scheme in force on a day: the latest to start on or before it. */
    @Query("select s.fundedDays from FundingScheme s where s.validFrom <= :day order by s.validFrom desc limit 1")
    Optional<Integer> fundedDaysInForceOn(LocalDate day);
}
