package org.dischargehub.calls;

import java.time.Clock;
import java.util.Set;
import org.dischargehub.escalation.ClosedBecause;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralDischarged;
import org.dischargehub.referral.ReferralPlacements;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Calls open inside the discharge that makes them due, so a discharge and its call are kept or lost together; and
 * a call no one should make (the person died, or is back in hospital) is withdrawn inside the change that says so.
 */
@Component
class CallsOpener {

    private static final Set<CloseOutcome> NO_ONE_TO_CALL = Set.of(CloseOutcome.DIED, CloseOutcome.READMITTED);

    private final CheckInCalls calls;
    private final CallTimes times;
    private final ReferralPlacements referrals;
    private final EscalationService escalations;
    private final Clock clock;

    CallsOpener(CheckInCalls calls, CallTimes times, ReferralPlacements referrals, EscalationService escalations,
            Clock clock) {
        this.calls = calls;
        this.times = times;
        this.referrals = referrals;
        this.escalations = escalations;
        this.clock = clock;
    }

    @EventListener
    void discharged(ReferralDischarged discharge) {
        if (calls.existsByReferralId(discharge.referralId())) {
            return;
        }
        var at = CallTimes.dischargedAt(discharge.dischargedOn(), discharge.at());
        calls.save(new CheckInCall(discharge.referralId(), CallTimes.kindFor(discharge.pathway()),
                discharge.dischargedOn(), at, times.dueFrom(discharge.pathway(), discharge.dischargedOn(), at),
                times.dueBy(discharge.pathway(), discharge.dischargedOn(), at)));
    }

    @EventListener
    void referralChanged(ReferralChanged changed) {
        if (!ReferralStatus.CLOSED.name().equals(changed.status())) {
            return;
        }
        calls.findByReferralIdAndStatus(changed.referralId(), CallStatus.DUE).ifPresent(call -> {
            Referral referral = referrals.inThisChange(changed.referralId());
            if (NO_ONE_TO_CALL.contains(referral.afterDischarge().closeOutcome())) {
                call.withdraw(CurrentUser.name(), clock.instant());
                escalations.closeEnded(call.referralId(), kind -> CallEscalations.CALL_KINDS.contains(kind)
                        ? ClosedBecause.REFERRAL_CLOSED : null);
            }
        });
    }
}
