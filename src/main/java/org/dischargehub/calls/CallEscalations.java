package org.dischargehub.calls;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.dischargehub.escalation.ClosedBecause;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.shared.HumanTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls that need a coordinator: past their time with no one reached (found by {@link CallsSchedule}'s check, on
 * whichever node gets there first: a row being escalated elsewhere is skipped), and tried the set number of times
 * without reaching anyone. Each is raised once; reaching the person closes them.
 */
@Component
class CallEscalations {

    static final Set<EscalationKind> CALL_KINDS = Set.of(EscalationKind.CALL_OVERDUE, EscalationKind.CALL_NOT_REACHED);

    private final CheckInCalls calls;
    private final EscalationService escalations;
    private final Clock clock;

    CallEscalations(CheckInCalls calls, EscalationService escalations, Clock clock) {
        this.calls = calls;
        this.escalations = escalations;
        this.clock = clock;
    }

    /** Raises an escalation for each call past its time not yet escalated; answers how many were raised. */
    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        List<CheckInCall> overdue = calls.overdueUnescalated(now);
        for (CheckInCall call : overdue) {
            escalations.raise(call.referralId(), EscalationKind.CALL_OVERDUE, call.kind().label() + " due by "
                    + new HumanTime(clock).dateTime(call.dueBy()) + " has not reached the person ("
                    + call.attempts() + (call.attempts() == 1 ? " try" : " tries") + ")");
            call.overdueEscalated(now);
        }
        return overdue.size();
    }

    /** After a try that reached no one: the set number of tries raises its escalation, once. */
    void notReached(CheckInCall call, int attemptsBeforeEscalation) {
        if (call.attempts() >= attemptsBeforeEscalation && call.unreachedEscalatedAt() == null) {
            escalations.raise(call.referralId(), EscalationKind.CALL_NOT_REACHED, call.kind().label() + ": "
                    + call.attempts() + " tries reached no one");
            call.unreachedEscalated(clock.instant());
        }
    }

    /** The person was reached: what escalated the call is answered. */
    void reached(CheckInCall call) {
        escalations.closeEnded(call.referralId(), kind -> CALL_KINDS.contains(kind) ? ClosedBecause.CALL_MADE : null);
    }

    /** The person, still in their funded period, needs help: the coordinators are told. */
    void needsHelp(CheckInCall call, String openReferralId, String note) {
        escalations.raise(openReferralId, EscalationKind.CALL_NEEDS_HELP, call.kind().label() + ": " + note);
    }
}
