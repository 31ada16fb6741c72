package org.dischargehub.calls;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The outcome of one attempt at a call; "needs help" says what help, since it becomes a referral's notes. */
public record OutcomeCommand(
        @NotNull(message = "WELL, NEEDS_HELP or NOT_REACHED is required") CallOutcome outcome,
        @Schema(nullable = true) @Size(max = 4000, message = "at most 4000 characters") String note) {
}
