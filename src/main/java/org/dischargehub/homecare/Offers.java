package org.dischargehub.homecare;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Offers extends JpaRepository<HomeCareOffer, String> {

    /** Locked before its capacity row, always in that order, so that two answers to one offer queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from HomeCareOffer o where o.id = ?1")
    Optional<HomeCareOffer> lock(String id);

    /** Always in id order, so that two transactions locking one person's offers queue instead of deadlocking. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from HomeCareOffer o where o.referralId = ?1 and o.status in ?2 order by o.id")
    List<HomeCareOffer> lockByReferral(String referralId, List<OfferStatus> statuses);

    /** The person an offer is for, without loading (and so caching) the offer before its lock is taken. */
    @Query("select o.referralId from HomeCareOffer o where o.id = ?1")
    Optional<String> referralOf(String id);

    boolean existsByReferralIdAndStatus(String referralId, OfferStatus status);

    long countByStatus(OfferStatus status);

    long countByProviderIdAndStatus(Long providerId, OfferStatus status);
}
