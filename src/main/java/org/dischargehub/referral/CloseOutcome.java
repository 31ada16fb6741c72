package org.dischargehub.referral;

public enum CloseOutcome {
    HOME, READMITTED, LONG_TERM_CARE, DIED
}
