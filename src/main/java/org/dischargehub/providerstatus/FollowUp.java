package org.dischargehub.providerstatus;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.dischargehub.shared.ConflictException;

/** The hub's follow-up of a red rating: contact the provider, record the action, close. */
@Entity
@jakarta.persistence.Table(name = "provider_follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long providerId;
    private Long returnId;
    private Instant openedAt;
    private String reason;
    @Enumerated(EnumType.STRING)
    private FollowUpAction action;
    private String actionNote;
    private Instant closedAt;
    private String closedBy;

    protected FollowUp() {
    }

    FollowUp(Long providerId, Long returnId, String reason, Instant openedAt) {
        this.providerId = providerId;
        this.returnId = returnId;
        this.reason = reason;
        this.openedAt = openedAt;
    }

    void close(FollowUpAction taken, String note, String by, Instant at) {
        if (closedAt != null) {
            throw new ConflictException("This follow-up was already closed by " + closedBy);
        }
        this.action = taken;
        this.actionNote = note;
        this.closedBy = by;
        this.closedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long providerId() {
        return providerId;
    }

    public Long returnId() {
        return returnId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String reason() {
        return reason;
    }

    public FollowUpAction action() {
        return action;
    }

    public String actionNote() {
        return actionNote;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public boolean open() {
        return closedAt == null;
    }
}
