package org.dischargehub.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail of patient data: every view, change and export of a person's record and every refusal, with who,
 * what, when and from where. A change is logged in the transaction of the change, so a change that rolls back leaves
 * no row and a committed one exactly one; a view or an export is logged once the service call that read the data has
 * returned it; a refusal in a transaction of its own, because the refused call rolls its own back.
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
    private final AuditWriter writer;
    private final Clock clock;

    AuditService(AuditLog log, AuditWriter writer, Clock clock) {
        this.log = log;
        this.writer = writer;
        this.clock = clock;
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
        writer.now(writer.row(action, recordType, person.referralId(), detail), List.of(person));
    }

    /** People's records leaving the hub (a CSV, a statement): one row per person, always. */
    public void exported(String recordType, String recordId, Collection<AuditSubject> people, String detail) {
        write(row(EXPORT, recordType, recordId, detail), people);
    }

    /** A page the user's role may not open; the navigation shows nothing of it. */
    public void refusedPage(String path) {
        writer.inOwnTransaction(row(ACCESS_DENIED, "PAGE", path, "Not allowed to open /" + path));
    }

    /**
     * An API call refused by its address's roles before any service ran (its body is never read): the id in the
     * address ({@code /api/referrals/{id}/...}) is the record, so a refused look at a person's record names them.
     */
    public void refusedRequest(String method, String path) {
        String[] segments = path.split("/");
        String recordId = segments.length > 3 ? segments[3] : null;
        writer.inOwnTransaction(row(ACCESS_DENIED, "API", recordId, method + " " + path));
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

    private void write(AuditLog.Row row, Collection<AuditSubject> people) {
        writer.write(row, people);
    }

    private AuditLog.Row row(String action, String recordType, String recordId, String detail) {
        return writer.row(action, recordType, recordId, detail);
    }
}
