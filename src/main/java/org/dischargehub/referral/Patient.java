package org.dischargehub.referral;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.dischargehub.shared.NhsNumber;

/** Who the referral is for, as the MDT wrote it; the NHS number has passed its check digit. */
@Embeddable
public record Patient(String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth) {

    static Patient of(ReferralCommands.NewReferral command) {
        return new Patient(new NhsNumber(command.nhsNumber()).value(), command.givenName().trim(),
                command.familyName().trim(), command.dateOfBirth());
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** The NHS number as people read it: "943 476 5919". */
    public String formattedNhsNumber() {
        return new NhsNumber(nhsNumber).formatted();
    }

    /** The person as messages name them: "Edith Marsh (943 476 5919)". */
    public String named() {
        return fullName() + " (" + formattedNhsNumber() + ")";
    }
}
