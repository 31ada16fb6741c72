package org.dischargehub.referral;

import static org.dischargehub.referral.ReferralStatus.AWAITING_CAPACITY;
import static org.dischargehub.referral.ReferralStatus.BEFORE_DISCHARGE;
import static org.dischargehub.referral.ReferralStatus.CLOSED;
import static org.dischargehub.referral.ReferralStatus.FUNDING_DECIDED;
import static org.dischargehub.referral.ReferralStatus.IN_D2A;
import static org.dischargehub.referral.ReferralStatus.OFFERED;
import static org.dischargehub.referral.ReferralStatus.READY_TO_DISCHARGE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dischargehub.security.Role;
import org.dischargehub.shared.Pathway;

/**
 * The referral's lifecycle as one table: for each action, the state it needs and, when refused, the reason a person
 * reads. Everything else (the service's guards, the buttons on the referral's page, the API's 409s) reads it.
 */
final class Lifecycle {

    /** The person holds what they were given (a bed or a package) in these states. */
    private static final Set<ReferralStatus> HOLDING = EnumSet.of(READY_TO_DISCHARGE, IN_D2A, FUNDING_DECIDED);
    private static final Set<ReferralStatus> AFTER_DISCHARGE = EnumSet.of(IN_D2A, FUNDING_DECIDED);
    private static final Set<ReferralStatus> WAITING_FOR_CAPACITY = EnumSet.of(AWAITING_CAPACITY, OFFERED);

    private Lifecycle() {
    }

    /** Why the action may not happen to a referral in this state, or nothing when it may. */
    static Optional<String> refusal(ReferralAction action, Referral referral) {
        ReferralStatus status = referral.status();
        Pathway pathway = referral.pathway();
        Allocation held = referral.allocation();
        boolean holdsBed = held != null && held.bedCode() != null;
        boolean holdsPackage = held != null && held.providerCode() != null;
        return Optional.ofNullable(switch (action) {
            case TRIAGE -> BEFORE_DISCHARGE.contains(status) ? null
                    : cannotBe(status, "triaged again: a plan changes only before discharge");
            case ALLOCATE_BED -> capacityStep(status, pathway, Pathway.TWO);
            case OFFER_HOME_CARE -> status == OFFERED
                    ? "An offer for this person is already open; wait for its answer or expiry"
                    : capacityStep(status, pathway, Pathway.ONE);
            case MOVE_BED -> holdsBed && HOLDING.contains(status) ? null
                    : "Only a person holding a bed can move to another";
            case ACCEPT_HOME_CARE -> status == OFFERED ? null
                    : cannotBe(status, "given an accepted package (no offer is open)");
            case DECLINE_HOME_CARE -> status == OFFERED ? null : cannotBe(status, "declined (no offer is open)");
            case LET_HOME_CARE_OFFER_LAPSE -> status == OFFERED ? null
                    : cannotBe(status, "left without an answer (no offer is open)");
            case HAND_BACK_HOME_CARE -> holdsPackage && HOLDING.contains(status) ? null
                    : "A referral that is " + status.label() + " has no package to hand back";
            case DISCHARGE -> status == READY_TO_DISCHARGE ? null
                    : cannotBe(status, "discharged (nothing is held for this person yet)");
            case DECIDE_FUNDING -> status == IN_D2A ? null : cannotBe(status, "given a funding decision");
            case AMEND_FUNDING_DECISION -> referral.afterDischarge().fundingDecision() != null ? null
                    : "A referral that is " + status.label() + " has no funding decision to amend; record one first";
            case RECORD_ASSESSMENT -> status == IN_D2A ? null
                    : cannotBe(status, "given an assessment status (only during the funded period)");
            case CLOSE -> AFTER_DISCHARGE.contains(status) ? null
                    : "Only an episode after discharge can be closed; this referral is " + status.label();
            case CANCEL -> BEFORE_DISCHARGE.contains(status) ? null : cannotBe(status, "cancelled");
            case CHANGE_DELAY_REASON -> BEFORE_DISCHARGE.contains(status) ? null
                    : "A delay reason is kept only while the person is waiting in hospital";
            case RECORD_SAFE_AND_WELL_CALL -> status == CLOSED && pathway == Pathway.ZERO ? null
                    : "No safe-and-well call is due for this referral";
            case RESET_READY_DATE -> BEFORE_DISCHARGE.contains(status) ? null
                    : "A discharge ready date changes only before discharge; this referral is " + status.label();
            case ASK_FOR_RETRIAGE -> retriageRefusal(referral);
            case DECLINE_RESERVATION -> holdsBed && status == READY_TO_DISCHARGE ? null
                    : "Only a bed reserved for a person still in hospital can be declined; this referral is "
                            + status.label();
        });
    }

    /** What someone in this role may do to the referral now: every action the role may take that is not refused. */
    static Set<ReferralAction> allowedActions(Referral referral, Role role) {
        return Arrays.stream(ReferralAction.values())
                .filter(action -> action.mayBeTakenBy(role) && refusal(action, referral).isEmpty())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralAction.class)));
    }

    /** The MDT is asked to re-triage a person waiting for a bed, once until it does. */
    private static String retriageRefusal(Referral referral) {
        if (referral.status() != AWAITING_CAPACITY || !referral.pathway().needsBed()) {
            return "Only a person waiting for a bed can be sent back to the MDT; this referral is "
                    + referral.status().label();
        }
        return referral.retriageRequest().isEmpty() ? null
                : "The MDT has already been asked to re-triage this person";
    }

    /** Capacity is found only while the person waits for it, and only of the kind their pathway needs. */
    private static String capacityStep(ReferralStatus status, Pathway pathway, Pathway wanted) {
        if (!WAITING_FOR_CAPACITY.contains(status)) {
            return "A referral that is " + status.label() + " is not waiting for capacity";
        }
        if (pathway.needsBed() != wanted.needsBed()) {
            return "Pathway " + pathway.number() + " needs " + pathway.need() + ", not " + wanted.need();
        }
        return null;
    }

    private static String cannotBe(ReferralStatus status, String what) {
        return "A referral that is " + status.label() + " cannot be " + what;
    }
}
