package org.dischargehub.calls;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallAttempts extends JpaRepository<CallAttempt, Long> {

    List<CallAttempt> findByCallIdInOrderByAttemptedAt(Collection<String> callIds);
}
