package org.dischargehub.providerstatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusReturns extends JpaRepository<StatusReturn, Long> {

    @Query("select s from StatusReturn s where s.providerId = :providerId and s.returnDate = :returnDate")
    Optional<StatusReturn> findByProviderIdAndReturnDate(Long providerId, LocalDate returnDate);

    @Query("select s from StatusReturn s where s.providerId = :providerId order by s.returnDate desc")
    List<StatusReturn> findByProviderIdOrderByReturnDateDesc(Long providerId);

    @Query("select s from StatusReturn s order by s.returnDate desc")
    List<StatusReturn> findAllByOrderByReturnDateDesc();
}
