package org.dischargehub.referral;

import java.time.LocalDate;

/** Who pays once the funded period ends, from when, why, and who decided; fast track is CHC at the end of life. */
public record FundingDecision(FundingOutcome outcome, LocalDate decidedOn, String rationale, String decidedBy,
        boolean fastTrack) {

    /** The outcome as people say it, marking a fast-track CHC decision as such. */
    public String describe() {
        return fastTrack ? outcome.label() + " (fast track, end of life)" : outcome.label();
    }
}
