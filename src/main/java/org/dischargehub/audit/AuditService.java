package org.dischargehub.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.SystemUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail of patient data: every view, change and export of a person's record and every refusal, with who,
 * what, when and from where. A change is logged in the transaction of the change, so a change that rolls back leaves
 * no row and a committed one exactly one; a view or a refusal is logged in a transaction of its own, because reads
 * run in read-only transactions and refusals roll theirs back.
 */
@Service
public class AuditService {

    public static final String VIEW = "VIEW";
    public static final String CREATE = "CREATE";
    public static final String EXPORT = "EXPORT";
    public static final String SEARCH = "SEARCH";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    static final int SEARCH_LIMIT = 10_000;

    private final AuditLog log;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditService(AuditLog log, Clock clock, PlatformTransactionManager transactions) {
        this.log = log;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** People's records shown (one, or a list): one row per person per request, however often it reads them. */
    public void viewed(String recordType, Collection<AuditSubject> people) {
        Set<String> seen = Origin.seenInThisRequest();
        List<AuditSubject> unseen = people.stream().filter(p -> seen.add(p.referralId())).toList();
        if (!unseen.isEmpty()) {
            write(row(VIEW, recordType, null, null), unseen);
        }
    }

    public void viewed(String recordType, AuditSubject person) {
        viewed(recordType, List.of(person));
    }

    /** A change to a person's record, written in the caller's transaction: it commits or rolls back with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String action, String recordType, AuditSubject person, String detail) {
        Set<String> seen = Origin.seenInThisRequest();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                seen.add(person.referralId());
            }
        });
        log.insert(row(action, recordType, person.referralId(), detail), List.of(person));
    }

    /** People's records leaving the hub (a CSV, a statement): one row per person, always. */
    public void exported(String recordType, String recordId, Collection<AuditSubject> people, String detail) {
        write(row(EXPORT, recordType, recordId, detail), people);
    }

    /** A refusal, logged even though the refused call's own transaction rolls back. */
    public void refused(String what, String recordId, String detail) {
        ownTransaction.executeWithoutResult(status -> log.insert(row(ACCESS_DENIED, what, recordId, detail),
                List.of()));
    }

    @PreAuthorize("hasRole('MANAGER')")
    public List<AuditEntry> search(AuditFilter filter) {
        List<AuditEntry> found = find(filter);
        write(row(SEARCH, "AUDIT", null, filter.describe()), List.of(new AuditSubject(null, filter.nhsNumber())));
        return found;
    }

    /** The search as CSV, newest first; the export is itself a row of the audit. */
    @PreAuthorize("hasRole('MANAGER')")
    public String exportCsv(AuditFilter filter) {
        List<AuditEntry> found = find(filter);
        write(row(EXPORT, "AUDIT", null, filter.describe() + " rows=" + found.size()),
                List.of(new AuditSubject(null, filter.nhsNumber())));
        return AuditCsv.of(found);
    }

    private List<AuditEntry> find(AuditFilter filter) {
        return log.search(filter, startOf(filter.from()), startOf(filter.to() == null ? null : filter.to().plusDays(1)),
                SEARCH_LIMIT);
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** Joins the caller's read-write transaction; a read-only one (or none) gets a transaction of its own. */
    private void write(AuditLog.Row row, Collection<AuditSubject> people) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            log.insert(row, people);
        } else {
            ownTransaction.executeWithoutResult(status -> log.insert(row, people));
        }
    }

    private AuditLog.Row row(String action, String recordType, String recordId, String detail) {
        return new AuditLog.Row(clock.instant(), CurrentUser.name(), role(), action, recordType, recordId, detail,
                Origin.address());
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
