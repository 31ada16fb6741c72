package org.dischargehub.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How urgent a person is for the hub: days past the discharge ready date (a delayed day is one after the ready
 * date, as the dashboard counts it), then how long they have waited at their current step. The hub board orders by
 * the same rule in SQL ({@code BoardQueries}).
 */
public final class Urgency {

    private final Clock clock;

    public Urgency(Clock clock) {
        this.clock = clock;
    }

    /** Whole days since the ready date, in the hub's time zone; 0 for a person not yet past it. */
    public long daysPastReady(Referral referral) {
        LocalDate ready = referral.stay().readyToLeaveAt().atZone(clock.getZone()).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(ready, LocalDate.now(clock)));
    }

    public Duration waitingAtStep(Referral referral) {
        return Duration.between(referral.statusSince(), clock.instant());
    }

    /** Past the ready date, still in hospital, and nobody has said why: the hub asks until someone does. */
    public boolean needsDelayReason(Referral referral) {
        return referral.delayReason() == null && daysPastReady(referral) > 0
                && referral.refusal(ReferralAction.CHANGE_DELAY_REASON).isEmpty();
    }
}
