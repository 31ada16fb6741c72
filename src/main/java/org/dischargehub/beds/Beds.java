package org.dischargehub.beds;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.dischargehub.shared.ConflictException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface Beds extends JpaRepository<Bed, Long> {

    @Query("select b from Bed b where b.code = :code")
    Optional<Bed> findByCode(String code);

    /** The bed, its row locked for this transaction; none when another transaction holds it (SKIP LOCKED). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select b from Bed b where b.code = :code")
    Optional<Bed> lockByCodeUnlessHeld(String code);

    /**
     * The bed to reserve, locked for this transaction; a conflict at once when it is not free, or when another
     * transaction is reserving or changing it right now, so a coordinator who collides moves on to the next bed
     * instead of queueing behind the other's process step and commit. A held row is skipped, not an error: the
     * transaction stays usable and PostgreSQL logs nothing.
     */
    default Optional<Bed> lockForReservation(String code) {
        Optional<Bed> bed = lockByCodeUnlessHeld(code);
        if (bed.isEmpty() && existsByCode(code)) {
            throw new ConflictException("Bed " + code + " is no longer available");
        }
        bed.ifPresent(Bed::requireFree);
        return bed;
    }

    boolean existsByCode(String code);

    @Query("select b from Bed b where b.settingId = :settingId")
    List<Bed> findBySettingId(Long settingId);

    @Query("select b from Bed b where b.referralId = :referralId")
    Optional<Bed> findByReferralId(String referralId);
}
