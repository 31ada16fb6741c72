package org.dischargehub.referral.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the API describes the 409 for a person who already has an open referral: a problem naming that referral. */
@Schema(description = "RFC 9457 problem details for a second referral of a person with an open one",
        requiredProperties = {"title", "status", "detail", "existingReferralId"})
record DuplicateReferralProblem(String type, String title, int status, String detail,
        @Schema(nullable = true) String instance,
        @Schema(description = "The person's open referral") String existingReferralId) {
}
