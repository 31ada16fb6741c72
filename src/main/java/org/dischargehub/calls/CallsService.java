package org.dischargehub.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.referral.Patient;
import org.dischargehub.referral.ReferralCalls;
import org.dischargehub.referral.ReferralCalls.ReReferral;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.shared.Pathway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls after discharge, for the people who make them (a voluntary-sector partner's callers) and the
 * coordinators: the list of calls due, overdue first, and the outcome of each try. A caller sees only the people on
 * the list and only what the call needs; each list shown and each outcome is logged against the person.
 */
@Service
@Transactional(readOnly = true)
public class CallsService {

    static final String RECORD = "CALL";

    private final CheckInCalls calls;
    private final CallAttempts attempts;
    private final CallTimes times;
    private final CallEscalations escalations;
    private final CallContacts contacts;
    private final ReferralCalls referrals;
    private final AuditService audit;
    private final Checks checks;
    private final Clock clock;

    CallsService(CheckInCalls calls, CallAttempts attempts, CallTimes times, CallEscalations escalations,
            CallContacts contacts, ReferralCalls referrals, AuditService audit,
            Checks checks, Clock clock) {
        this.calls = calls;
        this.attempts = attempts;
        this.times = times;
        this.escalations = escalations;
        this.contacts = contacts;
        this.referrals = referrals;
        this.audit = audit;
        this.checks = checks;
        this.clock = clock;
    }

    /** The calls due now and not yet made, overdue first, then by when each is next due; the view is logged. */
    @PreAuthorize("hasAnyRole('CALLER', 'COORDINATOR')")
    public List<CallRow> due(CallFilter filter) {
        Instant now = clock.instant();
        List<CheckInCall> due = calls.dueAt(now);
        Map<String, Patient> people = referrals.people(due.stream().map(CheckInCall::referralId).toList());
        List<CheckInCall> shown = due.stream()
                .filter(call -> filter.matches(call, people.get(call.referralId()).fullName(), now))
                .sorted(Comparator.comparing((CheckInCall call) -> !call.overdueAt(now))
                        .thenComparing(CheckInCall::nextTryAt))
                .toList();
        audit.viewed(RECORD, shown.stream().map(call -> subject(call, people)).toList());
        return rows(shown, people, now);
    }

    /** How many calls are due now, counted in the database: the figure beside the menu. */
    @PreAuthorize("hasAnyRole('CALLER', 'COORDINATOR')")
    public long dueCount() {
        return calls.countDueAt(clock.instant());
    }

    /**
     * One try at a call. WELL ends it; NEEDS_HELP ends it and refers the person again (or, if they still have an open
     * referral, tells the coordinators on it), and needs a note saying what help; NOT_REACHED leaves it due again after
     * the re-try interval, and the set number of tries without reaching anyone is escalated. 409 once it is done.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CALLER', 'COORDINATOR')")
    public CallRow recordOutcome(String callId, OutcomeCommand command) {
        checks.valid(command);
        String note = command.note() == null || command.note().isBlank() ? null : command.note().trim();
        if (command.outcome() == CallOutcome.NEEDS_HELP && note == null) {
            throw InvalidInputException.of("note", "say what help the person needs: it goes to the MDT");
        }
        CheckInCall call = calls.lockById(callId == null ? "" : callId)
                .orElseThrow(() -> new NotFoundException("Call", callId));
        Instant now = clock.instant();
        call.attempted(command.outcome(), CurrentUser.name(), now, times.retryAfter());
        attempts.save(new CallAttempt(call.id(), now, command.outcome(), note, CurrentUser.name()));
        boolean reached = command.outcome() != CallOutcome.NOT_REACHED;
        referrals.callMade(call.referralId(), reached, call.kind().label() + ": " + command.outcome().label()
                + (note == null ? "" : ". " + note));
        if (command.outcome() == CallOutcome.NEEDS_HELP) {
            ReReferral answer = referrals.referAgain(call.referralId(), note);
            call.followedUpBy(answer.referralId());
            if (!answer.made()) {
                escalations.needsHelp(call, answer.referralId(), note);
            }
        }
        if (reached) {
            escalations.reached(call);
        } else {
            escalations.notReached(call, times.attemptsBeforeEscalation());
        }
        calls.saveAndFlush(call);
        Map<String, Patient> people = referrals.people(List.of(call.referralId()));
        audit.changed("CALL_" + command.outcome().name(), RECORD, subject(call, people),
                call.kind().label() + ": " + command.outcome().label());
        return rows(List.of(call), people, now).get(0);
    }

    /**
     * The day by which the call after a discharge on this day is made: for pathway 0 the third day after (72 hours),
     * for pathways 1 to 3 the check-in day ({@code hub.calls.check-in-day}, default 7 days after). For letters.
     */
    public LocalDate checkInDueOn(Pathway pathway, LocalDate dischargedOn) {
        return times.dueOn(pathway, dischargedOn);
    }

    /** The overdue check, as the schedule runs it; answers how many calls it escalated. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public int escalateOverdue() {
        return escalations.escalateOverdue();
    }

    private List<CallRow> rows(List<CheckInCall> shown, Map<String, Patient> people, Instant now) {
        List<String> ids = shown.stream().map(CheckInCall::id).toList();
        Map<String, List<Attempt>> tries = attempts.findByCallIdInOrderByAttemptedAt(ids).stream()
                .collect(Collectors.groupingBy(CallAttempt::callId,
                        Collectors.mapping(CallAttempt::asAttempt, Collectors.toList())));
        Map<String, CallContact> reach = contacts.forCalls(shown.stream().map(CheckInCall::referralId).toList());
        return shown.stream().map(call -> {
            Patient person = people.get(call.referralId());
            CallContact contact = reach.getOrDefault(call.referralId(), CallContact.NONE);
            return new CallRow(call.id(), call.referralId(), call.kind(), person.givenName(), person.familyName(),
                    contact.phone(), contact.kinName(), contact.kinRelationship(), contact.kinPhone(),
                    contact.language(), contact.interpreter(), contact.needs(), call.dischargedOn(), call.dueBy(),
                    call.nextTryAt(), call.overdueAt(now), call.status(), call.followUpReferralId(),
                    tries.getOrDefault(call.id(), List.of()));
        }).toList();
    }

    private static AuditSubject subject(CheckInCall call, Map<String, Patient> people) {
        return new AuditSubject(call.referralId(), people.get(call.referralId()).nhsNumber());
    }
}
