package org.dischargehub.referral;

import java.time.LocalDate;

public record FundingDecision(FundingOutcome outcome, LocalDate decidedOn, String rationale, String decidedBy) {
}
