package org.dischargehub.referral;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Where the person is waiting, the locality they go home to, and when they were ready to leave. */
@Embeddable
public record HospitalStay(Long localityId, String hospital, String ward, Instant readyToLeaveAt,
        boolean infectionPositive, String notes) {

    HospitalStay readyAt(Instant newReadyToLeaveAt) {
        return new HospitalStay(localityId, hospital, ward, newReadyToLeaveAt, infectionPositive, notes);
    }
}
