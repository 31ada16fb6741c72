package org.dischargehub.beds;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A home looked at the person and declined the bed reserved for them. Recorded, never changed. */
@Entity
class ReservationDecline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String referralId;
    private String bedCode;
    private Long settingId;
    private String reason;
    private Instant declinedAt;
    private String declinedBy;

    protected ReservationDecline() {
    }

    ReservationDecline(String holder, Bed bed, String reason, Instant declinedAt, String declinedBy) {
        this.referralId = holder;
        this.bedCode = bed.code();
        this.settingId = bed.settingId();
        this.reason = reason;
        this.declinedAt = declinedAt;
        this.declinedBy = declinedBy;
    }
}
