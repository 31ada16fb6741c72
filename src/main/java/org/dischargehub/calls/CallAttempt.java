package org.dischargehub.calls;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try at a call, kept: the next caller sees who tried when and what they found. */
@Entity
@Table(name = "check_in_call_attempt")
class CallAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String callId;
    private Instant attemptedAt;
    @Enumerated(EnumType.STRING)
    private CallOutcome outcome;
    private String note;
    private String attemptedBy;

    protected CallAttempt() {
    }

    CallAttempt(String callId, Instant attemptedAt, CallOutcome outcome, String note, String attemptedBy) {
        this.callId = callId;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.note = note;
        this.attemptedBy = attemptedBy;
    }

    String callId() {
        return callId;
    }

    Attempt asAttempt() {
        return new Attempt(attemptedAt, outcome, note, attemptedBy);
    }
}
