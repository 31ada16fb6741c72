package org.dischargehub.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the coordinators record about a funded placement; validated the same way from the UI and the API. */
public final class FundingCommands {

    private FundingCommands() {
    }

    /** A funding decision; {@code fastTrack} marks fast-track CHC at the end of life (absent means no). */
    public record Decision(
            @NotNull(message = "CHC, FNC, COUNCIL, SELF_FUNDED or NO_ONGOING_NEEDS is required") FundingOutcome outcome,
            @NotNull(message = "the decision date is required") LocalDate decidedOn,
            @NotBlank(message = "a rationale is required") @Size(max = 4000, message = "at most 4000 characters")
            String rationale,
            Boolean fastTrack) {

        public Decision(FundingOutcome outcome, LocalDate decidedOn, String rationale) {
            this(outcome, decidedOn, rationale, false);
        }

        public boolean isFastTrack() {
            return Boolean.TRUE.equals(fastTrack);
        }
    }

    /** A correction to a recorded funding decision: the decision as it should read, and why it changed. */
    public record Amendment(
            @NotNull(message = "CHC, FNC, COUNCIL, SELF_FUNDED or NO_ONGOING_NEEDS is required") FundingOutcome outcome,
            @NotNull(message = "the decision date is required") LocalDate decidedOn,
            @NotBlank(message = "a rationale is required") @Size(max = 4000, message = "at most 4000 characters")
            String rationale,
            Boolean fastTrack,
            @NotBlank(message = "say why the decision is amended") @Size(max = 4000, message = "at most 4000 characters")
            String reason) {

        public boolean isFastTrack() {
            return Boolean.TRUE.equals(fastTrack);
        }
    }

    /** Progress of the assessment during the funded period, with a note for the timeline. */
    public record AssessmentUpdate(
            @NotNull(message = "BOOKED or COMPLETED is required") AssessmentStatus status,
            @NotBlank(message = "a note is required") @Size(max = 4000, message = "at most 4000 characters")
            String note) {
    }
}
