package org.dischargehub.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.SystemUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit rows: inside a read-write transaction at once, so they share its fate; otherwise (reads run in
 * read-only transactions) they wait until the outermost service call has returned and its connection is back in the
 * pool, then go in a transaction of their own. No request ever holds two connections for the audit.
 */
@Component
class AuditWriter {

    private record Pending(AuditLog.Row row, List<AuditSubject> people) {
    }

    private final AuditLog log;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final ThreadLocal<List<Pending>> pending = ThreadLocal.withInitial(ArrayList::new);

    AuditWriter(AuditLog log, Clock clock, PlatformTransactionManager transactions) {
        this.log = log;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    AuditLog.Row row(String action, String recordType, String recordId, String detail) {
        return new AuditLog.Row(clock.instant(), CurrentUser.name(), role(), action, recordType, recordId, detail,
                Origin.address());
    }

    /** In the caller's read-write transaction. */
    void now(AuditLog.Row row, Collection<AuditSubject> people) {
        log.insert(row, people);
    }

    void write(AuditLog.Row row, Collection<AuditSubject> people) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            log.insert(row, people);
        } else {
            pending.get().add(new Pending(row, List.copyOf(people)));
        }
    }

    /** When the outermost service call has returned: what it read reached its caller. */
    void flush() {
        List<Pending> rows = pending.get();
        if (rows.isEmpty()) {
            return;
        }
        List<Pending> copy = List.copyOf(rows);
        rows.clear();
        ownTransaction.executeWithoutResult(status -> copy.forEach(p -> log.insert(p.row(), p.people())));
    }

    /** When the outermost service call failed: nothing it read left the service. */
    void discard() {
        pending.remove();
    }

    void inOwnTransaction(AuditLog.Row row) {
        ownTransaction.executeWithoutResult(status -> log.insert(row, List.of()));
    }

    private static String role() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || SystemUser.NAME.equals(authentication.getName())) {
            return "SYSTEM";
        }
        return CurrentUser.get().map(HubUser::role).map(Enum::name)
                .orElseGet(() -> authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().findFirst().orElse(null));
    }
}
