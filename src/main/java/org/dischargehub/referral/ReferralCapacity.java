package org.dischargehub.referral;

import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.shared.ConflictException;

/**
 * The capacity half of one referral's lifecycle: a bed reserved, moved or declined by the home, a home-care package
 * offered, answered or handed back, and the MDT asked to decide again when no bed fits. Each step is guarded by the
 * lifecycle's table and recorded on the timeline, as the referral's own transitions are; it changes the referral's
 * plan and status, and nothing else.
 */
final class ReferralCapacity {

    private final Referral referral;

    ReferralCapacity(Referral referral) {
        this.referral = referral;
    }

    void bedReserved(String bedCode, Instant now) {
        referral.require(ReferralAction.ALLOCATE_BED);
        referral.plan().bedReserved(bedCode);
        referral.urgent(false);
        referral.moveTo(ReferralStatus.READY_TO_DISCHARGE, now, "BED_RESERVED", "Bed " + bedCode + " reserved");
    }

    void bedMoved(String newBedCode, Instant now) {
        referral.require(ReferralAction.MOVE_BED);
        String from = referral.plan().bedMoved(newBedCode);
        referral.record(now, "BED_MOVED", "Moved from bed " + from + " to bed " + newBedCode);
    }

    /** The home looked at the person and will not admit them: the bed is freed and capacity is sought again. */
    void reservationDeclined(String reason, Instant now) {
        referral.require(ReferralAction.DECLINE_RESERVATION);
        String bedCode = referral.plan().bedReleased();
        referral.moveTo(ReferralStatus.AWAITING_CAPACITY, now, "RESERVATION_DECLINED",
                "The home declined bed " + bedCode + ": " + reason);
    }

    /** No bed fits the plan: the MDT is asked to decide again, and the person heads its worklist until it does. */
    void retriageAsked(String reason, Instant now) {
        referral.require(ReferralAction.ASK_FOR_RETRIAGE);
        referral.plan().retriageAsked(new RetriageRequest(now, reason));
        referral.record(now, "RETRIAGE_REQUESTED", "The MDT is asked to re-triage: " + reason);
    }

    /** Pathway 1: a package is offered; nothing else is offered until every open offer is answered. */
    void homeCareOffered(String providerCode, LocalDate startDate, Instant expiresAt, Instant now) {
        referral.require(ReferralAction.OFFER_HOME_CARE);
        referral.moveTo(ReferralStatus.OFFERED, now, "OFFERED",
                TimelineText.offered(providerCode, startDate, expiresAt, now));
    }

    void homeCareAccepted(String providerCode, LocalDate startDate, Instant now) {
        referral.require(ReferralAction.ACCEPT_HOME_CARE);
        referral.plan().packageAccepted(providerCode, startDate);
        referral.urgent(false);
        referral.moveTo(ReferralStatus.READY_TO_DISCHARGE, now, "OFFER_ACCEPTED",
                TimelineText.accepted(providerCode, startDate));
    }

    /** An offer is declined; while another offer made with it is still open, the person stays offered. */
    void homeCareDeclined(String providerCode, String reason, boolean othersOpen, Instant now) {
        referral.require(ReferralAction.DECLINE_HOME_CARE);
        offerEnded(othersOpen, now, "OFFER_DECLINED", TimelineText.declined(providerCode, reason));
    }

    void homeCareOfferLapsed(String providerCode, Instant expiredAt, boolean othersOpen, Instant now) {
        referral.require(ReferralAction.LET_HOME_CARE_OFFER_LAPSE);
        offerEnded(othersOpen, now, "OFFER_EXPIRED", TimelineText.lapsed(providerCode, expiredAt, now));
    }

    private void offerEnded(boolean othersOpen, Instant now, String action, String detail) {
        referral.moveTo(othersOpen ? ReferralStatus.OFFERED : ReferralStatus.AWAITING_CAPACITY, now, action,
                TimelineText.offerEnded(detail, othersOpen));
    }

    /**
     * The provider gives the package back. Before discharge the person waits for capacity again; after it, the
     * package stays on record for the funded period. Either way the hub must act, so the referral turns urgent.
     */
    void homeCareHandedBack(String providerCode, String reason, Instant now) {
        Allocation held = referral.allocation();
        if (held == null || !providerCode.equals(held.providerCode())) {
            throw new ConflictException("This person has no package from " + providerCode + " to hand back");
        }
        referral.require(ReferralAction.HAND_BACK_HOME_CARE);
        ReferralStatus next = referral.status();
        if (next == ReferralStatus.READY_TO_DISCHARGE) {
            next = ReferralStatus.AWAITING_CAPACITY;
            referral.plan().packageReleased();
        }
        referral.urgent(true);
        referral.moveTo(next, now, "PACKAGE_HANDED_BACK", providerCode + " handed the package back: " + reason);
    }
}
