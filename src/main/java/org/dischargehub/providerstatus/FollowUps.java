package org.dischargehub.providerstatus;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUps extends JpaRepository<FollowUp, Long> {

    Optional<FollowUp> findByProviderIdAndClosedAtIsNull(Long providerId);

    List<FollowUp> findByClosedAtIsNullOrderByOpenedAtAsc();

    List<FollowUp> findByProviderIdOrderByOpenedAtDesc(Long providerId);
}
