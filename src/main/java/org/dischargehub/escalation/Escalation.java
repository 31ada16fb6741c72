package org.dischargehub.escalation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.dischargehub.shared.ConflictException;

/**
 * Something the hub manager must see: raised by the hub, acknowledged once by a person with a note, and closed by the
 * hub itself when the condition that raised it ends.
 */
@Entity
public class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String referralId;
    @Enumerated(EnumType.STRING)
    private EscalationKind kind;
    private String detail;
    private Instant raisedAt;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private String note;
    private Instant closedAt;
    @Enumerated(EnumType.STRING)
    private ClosedBecause closedBecause;

    protected Escalation() {
    }

    Escalation(String referralId, EscalationKind kind, String detail, Instant raisedAt) {
        this.referralId = referralId;
        this.kind = kind;
        this.detail = detail;
        this.raisedAt = raisedAt;
    }

    void acknowledge(String by, String note, Instant at) {
        if (acknowledgedAt != null) {
            throw new ConflictException("This escalation was already acknowledged by " + acknowledgedBy);
        }
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.note = note;
    }

    /** The condition ended; an escalation closes once, and whether it was acknowledged does not matter. */
    void close(ClosedBecause because, Instant at) {
        if (closedAt == null) {
            this.closedAt = at;
            this.closedBecause = because;
        }
    }

    public Long id() {
        return id;
    }

    public String referralId() {
        return referralId;
    }

    public EscalationKind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String note() {
        return note;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public ClosedBecause closedBecause() {
        return closedBecause;
    }

    /** Its condition still holds. */
    public boolean open() {
        return closedAt == null;
    }

    public EscalationStatus status() {
        return open() ? EscalationStatus.OPEN : EscalationStatus.CLOSED;
    }
}
