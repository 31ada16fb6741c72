package org.dischargehub.incident;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A process step that failed on every retry and now waits for a person: which process and referral it belongs to,
 * the step, and the engine's message. {@code referralId} is null for processes that are not a referral's.
 */
public record ProcessIncident(String id, String process, @Schema(nullable = true) String businessKey,
        @Schema(nullable = true) String referralId, @Schema(nullable = true) String stepId,
        @Schema(nullable = true) String step, @Schema(nullable = true) String message, Instant since) {
}
