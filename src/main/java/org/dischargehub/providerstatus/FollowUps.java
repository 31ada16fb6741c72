package org.dischargehub.providerstatus;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUps extends JpaRepository<FollowUp, Long> {

    @Query("select f from FollowUp f where f.providerId = :providerId and f.closedAt is null")
    Optional<FollowUp> findByProviderIdAndClosedAtIsNull(Long providerId);

    @Query("select f from FollowUp f where f.closedAt is null order by f.openedAt")
    List<FollowUp> findByClosedAtIsNullOrderByOpenedAtAsc();

    @Query("select f from FollowUp f where f.providerId = :providerId order by f.openedAt desc")
    List<FollowUp> findByProviderIdOrderByOpenedAtDesc(Long providerId);
}
