package org.dischargehub.referral;

import jakarta.persistence.Embeddable;
import org.dischargehub.shared.InvalidInputException;

/**
 * The identifier another system gave the referral it sent (a hospital's EPR: the system's namespace and its value),
 * kept so that a resend makes no second referral and the person's page can say where the referral came from.
 */
@Embeddable
public record SenderReference(String senderSystem, String senderReference) {

    public SenderReference {
        if (senderSystem == null || senderSystem.isBlank() || senderSystem.length() > 200) {
            throw InvalidInputException.of("identifier.system", "the sending system's identifier needs a system "
                    + "(at most 200 characters)");
        }
        if (senderReference == null || senderReference.isBlank() || senderReference.length() > 200) {
            throw InvalidInputException.of("identifier.value", "the sending system's identifier needs a value "
                    + "(at most 200 characters)");
        }
    }
}
