package org.dischargehub.shared;

/**
 * News that something open screens show has changed, published by the module that changed it once per change and
 * carried to the hub's other nodes. The news holds ids and a status only (no one's name or NHS number) and travels
 * as its record's simple name and fields, so a record's name and fields are a contract between nodes of different
 * versions: add to them, never rename.
 */
public sealed interface HubChange {

    /** A referral changed; its status as its name in {@code ReferralStatus}. */
    record ReferralChanged(String referralId, String status) implements HubChange {
    }

    /** An escalation was raised or acknowledged; its kind as its name in {@code EscalationKind}. */
    record EscalationChanged(Long id, String referralId, String kind) implements HubChange {
    }

    /** A bed or a setting changed state; either code may be null. */
    record BedsChanged(String settingCode, String bedCode) implements HubChange {
    }

    /** A provider's home-care capacity or an offer changed. */
    record HomeCareChanged(String providerCode) implements HubChange {
    }

    /** A provider filed a status return or the hub followed one up; null when a rating rule changed for all. */
    record ProviderStatusChanged(String providerCode) implements HubChange {
    }

    /** A provider answered a home-care offer; its answer as its name in {@code OfferStatus}. */
    record OfferAnswered(String offerId, String referralId, String providerCode, String status) implements HubChange {
    }

    /** A home declined the bed reserved for the person of the referral. */
    record ReservationDeclined(String referralId, String bedCode) implements HubChange {
    }

    /** An escalation was raised (also told as an {@link EscalationChanged}); its kind as in {@code EscalationKind}. */
    record EscalationRaised(Long id, String referralId, String kind) implements HubChange {
    }

    /** A provider's status return was rated; the rating as its name in {@code Rag}. */
    record ProviderRated(String providerCode, String rag) implements HubChange {
    }
}
