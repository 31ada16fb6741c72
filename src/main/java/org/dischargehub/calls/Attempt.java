package org.dischargehub.calls;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An earlier try at a call, as the next caller sees it. */
public record Attempt(Instant at, CallOutcome outcome, @Schema(nullable = true) String note, String by) {
}
