package org.dischargehub.escalation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.dischargehub.shared.ConflictException;

/** Something the hub manager must see: raised by the hub, acknowledged once by a person with a note. */
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

    public boolean open() {
        return acknowledgedAt == null;
    }
}
