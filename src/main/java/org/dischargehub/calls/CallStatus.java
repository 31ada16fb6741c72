package org.dischargehub.calls;

/** DUE until someone reaches the person; WITHDRAWN when the person died or went back into hospital first. */
public enum CallStatus {
    DUE, WELL, NEEDS_HELP, WITHDRAWN
}
