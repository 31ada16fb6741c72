package org.dischargehub.escalation;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.HubChange.EscalationChanged;
import org.dischargehub.shared.HubChange.EscalationRaised;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalations to the hub manager and the coordinators: raised by the hub's processes or a coordinator, acknowledged
 * by a person, and closed by the hub when the condition that raised them ends.
 */
@Service
@Transactional(readOnly = true)
public class EscalationService {

    private static final String RECORD = "ESCALATION";

    private final Escalations escalations;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditService audit;

    EscalationService(Escalations escalations, Clock clock, ApplicationEventPublisher events, AuditService audit) {
        this.audit = audit;
        this.escalations = escalations;
        this.clock = clock;
        this.events = events;
    }

    /** Raised by the hub itself (a timer, a process step), in the caller's transaction. */
    @Transactional
    public Escalation raise(String referralId, EscalationKind kind, String detail) {
        Escalation escalation = escalations.save(new Escalation(referralId, kind, detail, clock.instant()));
        events.publishEvent(new EscalationChanged(escalation.id(), referralId, kind.name()));
        events.publishEvent(new EscalationRaised(escalation.id(), referralId, kind.name()));
        return escalation;
    }

    /**
     * The referral's side says, for each kind of escalation, whether its condition has ended and why (null: it still
     * holds); the open ones whose condition ended close now, in the caller's transaction.
     */
    @Transactional
    public void closeEnded(String referralId, Function<EscalationKind, ClosedBecause> whatEnded) {
        for (Escalation escalation : escalations.findOpenFor(referralId)) {
            ClosedBecause because = whatEnded.apply(escalation.kind());
            if (because != null) {
                escalation.close(because, clock.instant());
                events.publishEvent(new EscalationChanged(escalation.id(), referralId, escalation.kind().name()));
            }
        }
    }

    /** Whether an escalation of this kind is open for the referral (its condition still holds). */
    public boolean isOpen(String referralId, EscalationKind kind) {
        return escalations.findOpenFor(referralId).stream().anyMatch(e -> e.kind() == kind);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Escalation acknowledge(Long id, String note) {
        if (note != null && note.length() > 4000) {
            throw InvalidInputException.of("note", "at most 4000 characters");
        }
        Escalation escalation = escalations.findById(id)
                .orElseThrow(() -> new NotFoundException("Escalation", String.valueOf(id)));
        escalation.acknowledge(CurrentUser.name(), note, clock.instant());
        if (escalation.referralId() != null) {
            audit.changed("ACKNOWLEDGE_ESCALATION", RECORD, AuditSubject.referral(escalation.referralId()),
                    escalation.kind().name());
        }
        events.publishEvent(new EscalationChanged(escalation.id(), escalation.referralId(), escalation.kind().name()));
        return escalation;
    }

    /** Open and not yet acknowledged: what still waits for someone, oldest first. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<Escalation> unacknowledged() {
        return viewed(escalations.findUnacknowledged());
    }

    /** OPEN: every escalation whose condition holds, oldest first; CLOSED: the latest 1000 closed, newest first. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<Escalation> withStatus(EscalationStatus status) {
        return viewed(status == EscalationStatus.OPEN ? escalations.findOpen() : escalations.findLatestClosed());
    }

    /** How many escalations are open (their condition still holds), counted in the database. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public long openCount() {
        return escalations.countByClosedAtIsNull();
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<Escalation> forReferral(String referralId) {
        return viewed(escalations.findByReferralIdOrderByRaisedAtAsc(referralId));
    }

    /** An escalation's detail names the person: who saw it is logged against them. */
    private List<Escalation> viewed(List<Escalation> shown) {
        audit.viewed(RECORD, shown.stream().filter(e -> e.referralId() != null)
                .map(e -> AuditSubject.referral(e.referralId())).toList());
        return shown;
    }
}
