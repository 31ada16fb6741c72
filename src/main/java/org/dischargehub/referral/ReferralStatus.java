package org.dischargehub.referral;

import java.util.EnumSet;
import java.util.Set;

public enum ReferralStatus {
    AWAITING_TRIAGE, AWAITING_CAPACITY, OFFERED, READY_TO_DISCHARGE, IN_D2A, FUNDING_DECIDED, CLOSED, CANCELLED;

    /** Still in hospital: the states a referral may be cancelled from. */
    public static final Set<ReferralStatus> BEFORE_DISCHARGE =
            EnumSet.of(AWAITING_TRIAGE, AWAITING_CAPACITY, OFFERED, READY_TO_DISCHARGE);

    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED;
    }

    public String label() {
        String words = name().replace('_', ' ').toLowerCase();
        return words.replace("d2a", "D2A");
    }
}
