package org.dischargehub.beds;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A step-down or step-up: the holder left one bed for another at this moment. Recorded, never changed. */
@Entity
class BedMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String referralId;
    private String fromBedCode;
    private String toBedCode;
    private Instant movedAt;

    protected BedMove() {
    }

    BedMove(String holder, String fromBedCode, String toBedCode, Instant movedAt) {
        this.referralId = holder;
        this.fromBedCode = fromBedCode;
        this.toBedCode = toBedCode;
        this.movedAt = movedAt;
    }
}
