package org.dischargehub.calls;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface CheckInCalls extends JpaRepository<CheckInCall, String> {

    boolean existsByReferralId(String referralId);

    Optional<CheckInCall> findByReferralIdAndStatus(String referralId, CallStatus status);

    @Query("select c from CheckInCall c where c.status = org.dischargehub.calls.CallStatus.DUE and c.dueFrom <= :now")
    List<CheckInCall> dueAt(Instant now);

    @Query("select count(c) from CheckInCall c where c.status = org.dischargehub.calls.CallStatus.DUE "
            + "and c.dueFrom <= :now")
    long countDueAt(Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CheckInCall c where c.id = :id")
    Optional<CheckInCall> lockById(String id);

    /** Overdue and not yet escalated; rows another node is escalating now are skipped, not waited for. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select c from CheckInCall c where c.status = org.dischargehub.calls.CallStatus.DUE and c.dueBy < :now "
            + "and c.overdueEscalatedAt is null")
    List<CheckInCall> overdueUnescalated(Instant now);
}
