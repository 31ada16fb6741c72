package org.dischargehub.homecare;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HumanTime;

/**
 * A pathway 1 package offered to one provider against one day's capacity. It is answered once (accepted, declined,
 * or left to expire); an accepted package may later be handed back. Every other move is refused.
 */
@Entity
@Table(name = "home_care_offer")
public class HomeCareOffer {

    @Id
    private String id;
    private String referralId;
    private Long capacityId;
    private Long providerId;
    private BigDecimal hoursPerWeek;
    private String needs;
    @Enumerated(EnumType.STRING)
    private OfferStatus status;
    private Instant offeredAt;
    private String offeredBy;
    private Instant expiresAt;
    private Instant answeredAt;
    private String answeredBy;
    private Instant releasedAt;
    private String releasedBy;
    private String reason;
    @Version
    private long version;

    protected HomeCareOffer() {
    }

    HomeCareOffer(String referralId, Long capacityId, Long providerId, BigDecimal hoursPerWeek, String needs,
            String by, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.referralId = referralId;
        this.capacityId = capacityId;
        this.providerId = providerId;
        this.hoursPerWeek = hoursPerWeek;
        this.needs = needs;
        this.status = OfferStatus.OPEN;
        this.offeredAt = now;
        this.offeredBy = by;
        this.expiresAt = expiresAt;
    }

    void accept(String by, Instant now) {
        answer(OfferStatus.ACCEPTED, by, null, now);
    }

    void decline(String by, String why, Instant now) {
        answer(OfferStatus.DECLINED, by, why, now);
    }

    void expire(Instant now) {
        answer(OfferStatus.EXPIRED, "system", "No answer by " + HumanTime.at(now).dateTime(expiresAt), now);
    }

    /** The hub takes the offer or the package back, e.g. because the referral was cancelled. */
    void withdraw(String by, String why, Instant now) {
        if (status == OfferStatus.OPEN) {
            answer(OfferStatus.WITHDRAWN, by, why, now);
        } else if (status == OfferStatus.ACCEPTED) {
            release(OfferStatus.WITHDRAWN, by, why, now);
        } else {
            throw refused("withdrawn");
        }
    }

    void handBack(String by, String why, Instant now) {
        if (status != OfferStatus.ACCEPTED) {
            throw refused("handed back");
        }
        release(OfferStatus.HANDED_BACK, by, why, now);
    }

    private void answer(OfferStatus next, String by, String why, Instant now) {
        if (status != OfferStatus.OPEN) {
            throw refused(switch (next) {
                case ACCEPTED -> "accepted";
                case DECLINED -> "declined";
                case EXPIRED -> "expired";
                default -> "withdrawn";
            });
        }
        this.status = next;
        this.answeredBy = by;
        this.answeredAt = now;
        this.reason = why;
    }

    private void release(OfferStatus next, String by, String why, Instant now) {
        this.status = next;
        this.releasedBy = by;
        this.releasedAt = now;
        this.reason = why;
    }

    private ConflictException refused(String what) {
        String why = status == OfferStatus.WITHDRAWN && reason != null ? " (" + reason.toLowerCase() + ")" : "";
        return new ConflictException("This offer is " + status.label() + why + " and cannot be " + what);
    }

    public boolean holdsHours() {
        return status == OfferStatus.OPEN;
    }

    public boolean booksHours() {
        return status == OfferStatus.ACCEPTED;
    }

    public String id() {
        return id;
    }

    public String referralId() {
        return referralId;
    }

    public Long capacityId() {
        return capacityId;
    }

    public Long providerId() {
        return providerId;
    }

    public BigDecimal hoursPerWeek() {
        return hoursPerWeek;
    }

    public String needs() {
        return needs;
    }

    public OfferStatus status() {
        return status;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String reason() {
        return reason;
    }
}
