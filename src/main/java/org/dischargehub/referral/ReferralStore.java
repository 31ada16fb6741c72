package org.dischargehub.referral;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.shared.Pathway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where referrals are read and every change to one is written: its row, its timeline, its audit row and the news of
 * it, always together and inside the caller's transaction. The referral module's services share it.
 */
@Component
class ReferralStore {

    static final String RECORD = "REFERRAL";
    static final String LIST = "REFERRAL_LIST";
    static final String OPTIONS = "REFERRAL_OPTIONS";

    private final Referrals referrals;
    private final ReferralEvents events;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;

    ReferralStore(Referrals referrals, ReferralEvents events, AuditService audit, ApplicationEventPublisher publisher) {
        this.referrals = referrals;
        this.events = events;
        this.audit = audit;
        this.publisher = publisher;
    }

    /** Inside a change the referral's row is locked first, so two changes to one person never interleave. */
    Referral find(String id) {
        String key = id == null ? "" : id;
        boolean changing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return (changing ? referrals.lockById(key) : referrals.findById(key))
                .orElseThrow(() -> new NotFoundException("Referral", id));
    }

    /** The signed-in user (or the process) moves the referral on, and the change is written. */
    Referral change(Referral referral, Consumer<Referral> transition) {
        transition.accept(referral.by(CurrentUser.name()));
        save(referral);
        return referral;
    }

    /** Every change to a referral passes here: its history, its audit row and the news of it, in one transaction. */
    void save(Referral referral) {
        referrals.save(referral);
        List<ReferralEvent> drained = referral.drainEvents();
        events.saveAll(drained);
        String action = drained.stream().map(e -> "RECEIVED".equals(e.action()) ? AuditService.CREATE : e.action())
                .collect(Collectors.joining("+"));
        audit.changed(action.length() > 40 ? action.substring(0, 40) : action, RECORD, subject(referral),
                drained.stream().map(ReferralEvent::detail).collect(Collectors.joining("; ")));
        publisher.publishEvent(new ReferralChanged(referral.id(), referral.status().name()));
    }

    Page<Referral> list(ReferralStatus status, Pathway pathway, Pageable page) {
        return referrals.list(status, pathway, page);
    }

    List<Referral> inStatus(Collection<ReferralStatus> statuses) {
        return referrals.findByStatusInOrderByCreatedAtAsc(statuses);
    }

    List<Referral> retriageRequested() {
        return referrals.findByRetriageRequestedAtNotNullOrderByRetriageRequestedAtAsc();
    }

    List<ReferralEvent> history(String id) {
        return events.findByReferralIdOrderByAtAscIdAsc(id);
    }

    /** Someone read this referral: the audit says who, when and which part. */
    Referral viewed(String recordType, Referral referral) {
        audit.viewed(recordType, subject(referral));
        return referral;
    }

    List<Referral> viewed(List<Referral> shown) {
        audit.viewed(LIST, shown.stream().map(ReferralStore::subject).toList());
        return shown;
    }

    private static AuditSubject subject(Referral referral) {
        return new AuditSubject(referral.id(), referral.nhsNumber().value());
    }
}
