package org.dischargehub.funding;

import java.time.LocalDate;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.InvalidInputException;

/** Who pays once the funded period ends, from when, why, and who decided; fast track is CHC at the end of life. */
public record FundingDecision(FundingOutcome outcome, LocalDate decidedOn, String rationale, String decidedBy,
        boolean fastTrack) {

    /** Refuses a decision dated before the discharge, and fast track for anything but NHS Continuing Healthcare. */
    public FundingDecision validFor(LocalDate dischargedOn) {
        if (decidedOn.isBefore(dischargedOn)) {
            throw InvalidInputException.of("decidedOn",
                    "a decision cannot be dated before the discharge on " + HumanTime.date(dischargedOn));
        }
        if (fastTrack && outcome != FundingOutcome.CHC) {
            throw InvalidInputException.of("fastTrack", "fast track applies only to NHS Continuing Healthcare");
        }
        return this;
    }

    /** Whether an amendment would record this very decision again (who decides is not part of the decision). */
    public boolean sameAs(FundingDecision other) {
        return outcome == other.outcome && decidedOn.equals(other.decidedOn) && rationale.equals(other.rationale)
                && fastTrack == other.fastTrack;
    }

    /** The outcome as people say it, marking a fast-track CHC decision as such. */
    public String describe() {
        return fastTrack ? outcome.label() + " (fast track, end of life)" : outcome.label();
    }

    /** The outcome and the day it took effect, as the timeline tells it. */
    public String summary() {
        return describe() + " from " + HumanTime.date(decidedOn);
    }
}
