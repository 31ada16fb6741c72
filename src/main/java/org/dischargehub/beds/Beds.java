package org.dischargehub.beds;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.dischargehub.shared.ConflictException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface Beds extends JpaRepository<Bed, Long> {

    @Query("select b from Bed b where b.code = :code")
    Optional<Bed> findByCode(String code);

    /** The bed, its row locked for this transaction; PostgreSQL's NOWAIT refuses at once if another holds it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "0"))
    @Query("select b from Bed b where b.code = :code")
    Optional<Bed> lockByCodeNowait(String code);

    /**
     * The bed to reserve, locked for this transaction; a conflict at once when another transaction is reserving or
     * changing it right now, so a coordinator who collides moves on to the next bed instead of queueing behind the
     * other's process step and commit.
     */
    default Optional<Bed> lockForReservation(String code) {
        try {
            return lockByCodeNowait(code);
        } catch (PessimisticLockingFailureException e) {
            throw new ConflictException("Bed " + code + " is no longer available");
        }
    }

    boolean existsByCode(String code);

    @Query("select b from Bed b where b.settingId = :settingId")
    List<Bed> findBySettingId(Long settingId);

    @Query("select b from Bed b where b.referralId = :referralId")
    Optional<Bed> findByReferralId(String referralId);
}
