package org.dischargehub.referral;

import java.util.Map;
import org.dischargehub.shared.ConflictException;

/** The person already has an open referral: a second one is refused, naming the first. */
public class DuplicateReferralException extends ConflictException {

    private final String existingReferralId;

    DuplicateReferralException(String existingReferralId) {
        super("This person already has an open referral; update that one, or cancel it before referring again",
                Map.of("existingReferralId", existingReferralId));
        this.existingReferralId = existingReferralId;
    }

    public String existingReferralId() {
        return existingReferralId;
    }
}
