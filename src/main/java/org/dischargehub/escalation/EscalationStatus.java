package org.dischargehub.escalation;

/** OPEN while the condition that raised an escalation lasts, CLOSED once it has ended; acknowledging is separate. */
public enum EscalationStatus {
    OPEN, CLOSED
}
