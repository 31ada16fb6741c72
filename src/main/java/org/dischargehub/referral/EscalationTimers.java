package org.dischargehub.referral;

import java.time.Duration;
import java.time.Instant;
import org.dischargehub.referral.ReferralProcess.ProcessTimings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long the hub waits before the process tells the manager: the settings, as one referral's timers. */
@Component
class EscalationTimers {

    private final Duration triageAfter;
    private final Duration dischargeDelayedAfter;
    private final Duration noBedAfter;

    EscalationTimers(@Value("${hub.escalation.triage-after:PT2H}") Duration triageAfter,
            @Value("${hub.escalation.discharge-delayed-after:PT24H}") Duration dischargeDelayedAfter,
            @Value("${hub.escalation.no-bed-after:PT4H}") Duration noBedAfter) {
        this.triageAfter = triageAfter;
        this.dischargeDelayedAfter = dischargeDelayedAfter;
        this.noBedAfter = noBedAfter;
    }

    ProcessTimings forReadyAt(Instant readyToLeaveAt) {
        return new ProcessTimings(triageAfter.toString(), readyToLeaveAt.plus(dischargeDelayedAfter),
                noBedAfter.toString());
    }
}
