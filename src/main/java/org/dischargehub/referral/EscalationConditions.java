package org.dischargehub.referral;

import org.dischargehub.escalation.ClosedBecause;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.shared.Pathway;

/**
 * When the condition behind each kind of escalation has ended for a referral, read from the referral as it now
 * stands: whatever moved it on (a triage, capacity found, a discharge, a decision, a close or a cancellation) closes
 * the escalations it answers, and a timer that fires after the fact raises one that is closed at once.
 */
final class EscalationConditions {

    private EscalationConditions() {
    }

    /** What ended the condition of this kind for the referral, or null while it still holds. */
    static ClosedBecause ended(EscalationKind kind, Referral referral) {
        ReferralStatus status = referral.status();
        if (status == ReferralStatus.CANCELLED) {
            return ClosedBecause.REFERRAL_CANCELLED;
        }
        return switch (kind) {
            case TRIAGE_OVERDUE -> status == ReferralStatus.AWAITING_TRIAGE ? null : ClosedBecause.TRIAGED;
            case NO_BED, NO_BED_FITS -> waitingForABed(referral) ? null : capacityOrPlan(referral);
            case DISCHARGE_DELAYED -> ReferralStatus.BEFORE_DISCHARGE.contains(status) ? null
                    : ClosedBecause.DISCHARGED;
            case FUNDED_PERIOD_ENDED -> status == ReferralStatus.IN_D2A ? null
                    : referral.afterDischarge().fundingDecision() != null ? ClosedBecause.FUNDING_DECIDED
                            : ClosedBecause.REFERRAL_CLOSED;
            case PACKAGE_HANDED_BACK -> status == ReferralStatus.CLOSED ? ClosedBecause.REFERRAL_CLOSED
                    : status == ReferralStatus.READY_TO_DISCHARGE ? capacityOrPlan(referral) : null;
            case CALL_OVERDUE, CALL_NOT_REACHED -> null;
            case CALL_NEEDS_HELP -> status == ReferralStatus.CLOSED ? ClosedBecause.REFERRAL_CLOSED : null;
        };
    }

    private static boolean waitingForABed(Referral referral) {
        Pathway pathway = referral.pathway();
        return referral.status() == ReferralStatus.AWAITING_CAPACITY && pathway != null && pathway.needsBed();
    }

    private static ClosedBecause capacityOrPlan(Referral referral) {
        Allocation held = referral.allocation();
        if (held != null && held.bedCode() != null) {
            return ClosedBecause.BED_RESERVED;
        }
        if (held != null && held.providerCode() != null) {
            return ClosedBecause.PACKAGE_ACCEPTED;
        }
        return referral.status() == ReferralStatus.CLOSED ? ClosedBecause.REFERRAL_CLOSED : ClosedBecause.PLAN_CHANGED;
    }
}
