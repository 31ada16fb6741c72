package org.dischargehub.calls;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HumanTime;

/**
 * A call due to a person after discharge, from the day it falls due until someone reaches them (or it is withdrawn).
 * Not reaching them leaves it due again after the re-try interval; the database keeps one due call per referral.
 */
@Entity
public class CheckInCall {

    @Id
    private String id;
    private String referralId;
    @Enumerated(EnumType.STRING)
    private CallKind kind;
    private LocalDate dischargedOn;
    private Instant dischargedAt;
    private Instant dueFrom;
    private Instant dueBy;
    private Instant nextTryAt;
    private int attempts;
    @Enumerated(EnumType.STRING)
    private CallStatus status;
    private Instant closedAt;
    private String closedBy;
    private String followUpReferralId;
    private Instant overdueEscalatedAt;
    private Instant unreachedEscalatedAt;
    @Version
    private long version;

    protected CheckInCall() {
    }

    CheckInCall(String referralId, CallKind kind, LocalDate dischargedOn, Instant dischargedAt, Instant dueFrom,
            Instant dueBy) {
        this.id = UUID.randomUUID().toString();
        this.referralId = referralId;
        this.kind = kind;
        this.dischargedOn = dischargedOn;
        this.dischargedAt = dischargedAt;
        this.dueFrom = dueFrom;
        this.dueBy = dueBy;
        this.nextTryAt = dueFrom;
        this.status = CallStatus.DUE;
    }

    /** One attempt: reaching the person ends the call; not reaching them makes it due again {@code retry} later. */
    void attempted(CallOutcome outcome, String by, Instant now, Duration retry) {
        if (status != CallStatus.DUE) {
            throw new ConflictException("This call is done already (" + status.name().toLowerCase().replace('_', ' ')
                    + "): nothing more to record");
        }
        if (now.isBefore(dueFrom)) {
            throw new ConflictException("This call is not due until " + HumanTime.date(dueFrom));
        }
        attempts++;
        if (outcome == CallOutcome.NOT_REACHED) {
            nextTryAt = now.plus(retry);
            return;
        }
        status = outcome == CallOutcome.WELL ? CallStatus.WELL : CallStatus.NEEDS_HELP;
        closedAt = now;
        closedBy = by;
    }

    void followedUpBy(String referral) {
        this.followUpReferralId = referral;
    }

    /** The person died or went back into hospital before anyone reached them: no one calls. */
    void withdraw(String by, Instant now) {
        status = CallStatus.WITHDRAWN;
        closedAt = now;
        closedBy = by;
    }

    boolean overdueAt(Instant now) {
        return status == CallStatus.DUE && now.isAfter(dueBy);
    }

    void overdueEscalated(Instant now) {
        overdueEscalatedAt = now;
    }

    void unreachedEscalated(Instant now) {
        unreachedEscalatedAt = now;
    }

    public String id() {
        return id;
    }

    public String referralId() {
        return referralId;
    }

    public CallKind kind() {
        return kind;
    }

    public LocalDate dischargedOn() {
        return dischargedOn;
    }

    public Instant dueFrom() {
        return dueFrom;
    }

    public Instant dueBy() {
        return dueBy;
    }

    public Instant nextTryAt() {
        return nextTryAt;
    }

    public int attempts() {
        return attempts;
    }

    public CallStatus status() {
        return status;
    }

    public String followUpReferralId() {
        return followUpReferralId;
    }

    Instant unreachedEscalatedAt() {
        return unreachedEscalatedAt;
    }
}
