package org.dischargehub.referral;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Where the person is waiting, the locality they go home to, and when they were ready to leave. */
@Embeddable
public record HospitalStay(Long localityId, String hospital, String ward, Instant readyToLeaveAt,
        boolean infectionPositive, String notes) {

    static HospitalStay of(ReferralCommands.NewReferral command, Long localityId) {
        return new HospitalStay(localityId, command.hospital().trim(), command.ward().trim(),
                command.readyToLeaveAt(), command.infectionPositive(), command.notes());
    }

    HospitalStay readyAt(Instant newReadyToLeaveAt) {
        return new HospitalStay(localityId, hospital, ward, newReadyToLeaveAt, infectionPositive, notes);
    }
}
