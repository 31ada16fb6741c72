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
}
