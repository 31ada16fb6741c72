package org.dischargehub.beds;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.dischargehub.shared.ConflictException;

/** One bed of the shared bed base. It is held for at most one person, which the database enforces too. */
@Entity
public class Bed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private Long settingId;
    @Enumerated(EnumType.STRING)
    private BedType type;
    @Enumerated(EnumType.STRING)
    private BedStatus status = BedStatus.AVAILABLE;
    private String referralId;
    private Instant statusSince;
    private String closeReason;
    @Version
    private long version;

    protected Bed() {
    }

    Bed(String code, Long settingId, BedType type, Instant now) {
        this.code = code;
        this.settingId = settingId;
        this.type = type;
        this.statusSince = now;
    }

    void reserveFor(String referral, Instant now) {
        if (status != BedStatus.AVAILABLE) {
            throw new ConflictException("Bed " + code + " is no longer available");
        }
        move(BedStatus.RESERVED, referral, now);
    }

    void occupy(Instant now) {
        if (status != BedStatus.RESERVED) {
            throw new ConflictException("Bed " + code + " is not reserved, so it cannot be occupied");
        }
        move(BedStatus.OCCUPIED, referralId, now);
    }

    void release(Instant now) {
        if (status == BedStatus.RESERVED || status == BedStatus.OCCUPIED) {
            move(BedStatus.AVAILABLE, null, now);
        }
    }

    void close(String reason, Instant now) {
        if (status == BedStatus.RESERVED || status == BedStatus.OCCUPIED) {
            throw new ConflictException("Bed " + code + " is held for someone; release it before closing it");
        }
        closeReason = reason;
        move(BedStatus.CLOSED, null, now);
    }

    void reopen(Instant now) {
        if (status == BedStatus.CLOSED) {
            closeReason = null;
            move(BedStatus.AVAILABLE, null, now);
        }
    }

    private void move(BedStatus next, String referral, Instant now) {
        this.status = next;
        this.referralId = referral;
        this.statusSince = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Long settingId() {
        return settingId;
    }

    public BedType type() {
        return type;
    }

    public BedStatus status() {
        return status;
    }

    public String referralId() {
        return referralId;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public String closeReason() {
        return closeReason;
    }
}
