package org.dischargehub.calls;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A call due, with only what the call needs: who, how to reach them and their next of kin (only with the person's
 * consent), how to speak with them, when they left hospital, when the call is due and what earlier tries found. No NHS
 * number, date of birth or clinical detail: the caller rings the number the hub recorded and asks for the person.
 */
public record CallRow(String id, String referralId, CallKind kind, String givenName, String familyName,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String kinName,
        @Schema(nullable = true) String kinRelationship,
        @Schema(nullable = true) String kinPhone,
        @Schema(nullable = true) String language,
        boolean interpreter, List<String> communicationNeeds,
        LocalDate dischargedOn, Instant dueBy, Instant nextTryAt, boolean overdue, CallStatus status,
        @Schema(nullable = true) String followUpReferralId, List<Attempt> attempts) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
