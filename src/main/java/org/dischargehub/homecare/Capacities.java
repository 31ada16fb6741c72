package org.dischargehub.homecare;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HumanTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Capacities extends JpaRepository<HomeCareCapacity, Long> {

    /** The row locked for this transaction: offers, answers and postings on one day queue here, one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from HomeCareCapacity c where c.providerId = ?1 and c.localityId = ?2 and c.day = ?3")
    Optional<HomeCareCapacity> lockFor(Long providerId, Long localityId, LocalDate day);

    /** Which row holds the provider's capacity in a locality on a day, read without loading or locking it. */
    @Query("select c.id from HomeCareCapacity c where c.providerId = ?1 and c.localityId = ?2 and c.day = ?3")
    Optional<Long> idFor(Long providerId, Long localityId, LocalDate day);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from HomeCareCapacity c where c.id = ?1")
    Optional<HomeCareCapacity> lock(Long id);

    List<HomeCareCapacity> findByProviderIdAndLocalityIdAndDayBetween(Long providerId, Long localityId, LocalDate from,
            LocalDate to);

    /** Saves a day's capacity now: a lost race for the row, or the database refusing overbooking, is a conflict. */
    default HomeCareCapacity saveOrConflict(HomeCareCapacity capacity) {
        try {
            return saveAndFlush(capacity);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException
                | DataIntegrityViolationException e) {
            throw new ConflictException("The capacity for " + HumanTime.date(capacity.day())
                    + " changed at the same moment; nothing was changed. Please try again.");
        }
    }
}
