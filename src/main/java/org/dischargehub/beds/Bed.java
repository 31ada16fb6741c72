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
import org.dischargehub.shared.InvalidInputException;

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

    /** A person who needs a type of bed (none when any will do) is not reserved one of another type. */
    void requireType(BedType required) {
        if (required != null && type != required) {
            throw new ConflictException("Bed " + code + " is a " + label(type) + " bed; this person needs a "
                    + label(required) + " bed");
        }
    }

    private static String label(BedType type) {
        return type.name().replace('_', ' ').toLowerCase();
    }

    void requireFree() {
        if (status != BedStatus.AVAILABLE) {
            throw new ConflictException("Bed " + code + " is no longer available");
        }
    }

    void reserveFor(String referral, Instant now) {
        requireFree();
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

    /** Opens the bed again, or closes it (maintenance, deep clean) for a reason the closing must give. */
    void changeAvailability(boolean available, String reason, Instant now) {
        if (available) {
            reopen(now);
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "say why the bed is closing");
        }
        close(reason.trim(), now);
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
