package org.dischargehub.referral;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.shared.Pathway;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where referrals are read and every change to one is written: its row, its timeline, its audit row and the news of
 * it, always together and inside the caller's transaction. The referral module's services share it.
 */
@Component
class ReferralStore {

    static final String RECORD = "REFERRAL";
    static final String LIST = "REFERRAL_LIST";
    static final String OPTIONS = "REFERRAL_OPTIONS";
    /** The database's rule (V94): one open referral per NHS number. */
    private static final String ONE_OPEN_PER_PERSON = "referral_one_open_per_nhs_number";
    private static final EnumSet<ReferralStatus> ENDED = EnumSet.of(ReferralStatus.CLOSED, ReferralStatus.CANCELLED);

    private final Referrals referrals;
    private final ReferralEvents events;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final EscalationService escalations;
    private final TransactionTemplate separately;
    private final EntityManager entities;

    ReferralStore(Referrals referrals, ReferralEvents events, AuditService audit, ApplicationEventPublisher publisher,
            EscalationService escalations, PlatformTransactionManager transactions, EntityManager entities) {
        this.referrals = referrals;
        this.entities = entities;
        this.events = events;
        this.audit = audit;
        this.publisher = publisher;
        this.escalations = escalations;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separately.setReadOnly(true);
    }

    /**
     * Inside a change the referral's row is locked first, so two changes to one person never interleave. The lock is
     * taken by a find, not a query: a referral this transaction already holds locked is answered from the persistence
     * context, with no statement and no flush, when a listener of the change asks for it again.
     */
    Referral find(String id) {
        String key = id == null ? "" : id;
        boolean changing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Referral referral = changing ? entities.find(Referral.class, key, LockModeType.PESSIMISTIC_WRITE)
                : referrals.findById(key).orElse(null);
        if (referral == null) {
            throw new NotFoundException("Referral", id);
        }
        return referral;
    }

    /** The signed-in user (or the process) moves the referral on, and the change is written. */
    Referral change(Referral referral, Consumer<Referral> transition) {
        transition.accept(referral.by(CurrentUser.name()));
        save(referral);
        return referral;
    }

    /**
     * Every change to a referral passes here: its history, its audit row, the news of it and the escalations whose
     * condition it ended, in one transaction.
     */
    void save(Referral referral) {
        referrals.save(referral);
        List<ReferralEvent> drained = referral.drainEvents();
        events.saveAll(drained);
        String action = drained.stream().map(e -> "RECEIVED".equals(e.action()) ? AuditService.CREATE : e.action())
                .collect(Collectors.joining("+"));
        audit.changed(action.length() > 40 ? action.substring(0, 40) : action, RECORD, subject(referral),
                drained.stream().map(ReferralEvent::detail).collect(Collectors.joining("; ")));
        publisher.publishEvent(new ReferralChanged(referral.id(), referral.status().name()));
        drained.stream().filter(e -> "DISCHARGED".equals(e.action())).findFirst().ifPresent(e -> publisher.publishEvent(
                new ReferralDischarged(referral.id(), referral.pathway(), referral.dischargedOn(), e.at())));
        escalations.closeEnded(referral.id(), kind -> EscalationConditions.ended(kind, referral));
    }

    /**
     * A new referral, refused when the person already has an open one. The row is written at once: of two referrals
     * of one person sent at the same moment, the database keeps the first and the second fails here, naming the first
     * (looked up in a transaction of its own, since this one can no longer read).
     */
    void saveNew(Referral referral) {
        openReferralOf(referral.patient().nhsNumber()).ifPresent(open -> {
            throw new DuplicateReferralException(open);
        });
        try {
            referrals.saveAndFlush(referral);
        } catch (DataIntegrityViolationException e) {
            if (!breaksOneOpenPerPerson(e)) {
                throw e;
            }
            throw new DuplicateReferralException(separately.execute(s -> openReferralOf(referral.patient().nhsNumber()))
                    .orElseThrow(() -> e));
        }
        save(referral);
    }

    private static boolean breaksOneOpenPerPerson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return ONE_OPEN_PER_PERSON.equals(violation.getConstraintName());
            }
        }
        return false;
    }

    List<Referral> all(Collection<String> ids) {
        return referrals.findAllById(ids);
    }

    Optional<String> openReferralOf(String nhsNumber) {
        return referrals.openIdsOf(nhsNumber, ENDED).stream().findFirst();
    }

    List<String> previousReferralIds(Referral referral) {
        return referrals.idsBefore(referral.patient().nhsNumber(), referral.id(), referral.createdAt());
    }

    Page<Referral> list(ReferralStatus status, Pathway pathway, Pageable page) {
        return referrals.list(status, pathway, page);
    }

    List<Referral> inStatus(Collection<ReferralStatus> statuses) {
        return referrals.findByStatusInOrderByCreatedAtAsc(statuses);
    }

    Optional<Referral> sentAs(SenderReference sender) {
        return referrals.findBySender(sender);
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
        return new AuditSubject(referral.id(), referral.patient().nhsNumber());
    }
}
