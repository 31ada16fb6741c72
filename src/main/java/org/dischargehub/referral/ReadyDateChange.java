package org.dischargehub.referral;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The MDT moved a person's discharge ready date, and why. Recorded, never changed: the sitrep counts them. */
@Entity
class ReadyDateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String referralId;
    private Instant previousReadyAt;
    private Instant readyAt;
    private String reason;
    private Instant changedAt;
    private String changedBy;

    protected ReadyDateChange() {
    }

    ReadyDateChange(String referralId, Instant previousReadyAt, Instant readyAt, String reason, Instant changedAt,
            String changedBy) {
        this.referralId = referralId;
        this.previousReadyAt = previousReadyAt;
        this.readyAt = readyAt;
        this.reason = reason;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }
}
