package org.dischargehub.providerstatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusReturns extends JpaRepository<StatusReturn, Long> {

    Optional<StatusReturn> findByProviderIdAndReturnDate(Long providerId, LocalDate returnDate);

    List<StatusReturn> findByProviderIdOrderByReturnDateDesc(Long providerId);

    List<StatusReturn> findAllByOrderByReturnDateDesc();
}
