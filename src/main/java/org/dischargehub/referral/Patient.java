package org.dischargehub.referral;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Who the referral is for, as the MDT wrote it; the NHS number has passed its check digit. */
@Embeddable
public record Patient(String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
