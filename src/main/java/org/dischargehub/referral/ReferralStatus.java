package org.dischargehub.referral;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

public enum ReferralStatus {
    AWAITING_TRIAGE, AWAITING_CAPACITY, OFFERED, READY_TO_DISCHARGE, IN_D2A, FUNDING_DECIDED, CLOSED, CANCELLED;

    /** Still in hospital: the states a referral may be cancelled from. */
    public static final Set<ReferralStatus> BEFORE_DISCHARGE =
            EnumSet.of(AWAITING_TRIAGE, AWAITING_CAPACITY, OFFERED, READY_TO_DISCHARGE);

    /** The open states, in the order of the flow: the hub board's and its query's, closed and cancelled being history. */
    public static final List<ReferralStatus> OPEN = Arrays.stream(values()).filter(ReferralStatus::isOpen).toList();

    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED;
    }

    public String label() {
        String words = name().replace('_', ' ').toLowerCase();
        return words.replace("d2a", "D2A");
    }
}
