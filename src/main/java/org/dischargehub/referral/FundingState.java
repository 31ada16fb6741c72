package org.dischargehub.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.funding.FundingOutcome;

/** What the funding module has recorded about the person's funded period: the decision and the assessment. */
@Embeddable
class FundingState {

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_outcome")
    private FundingOutcome outcome;
    @Column(name = "funding_decided_on")
    private LocalDate decidedOn;
    @Column(name = "funding_rationale")
    private String rationale;
    @Column(name = "funding_decided_by")
    private String decidedBy;
    @Column(name = "funding_fast_track")
    private boolean fastTrack;
    @Enumerated(EnumType.STRING)
    private AssessmentStatus assessmentStatus;

    FundingDecision decision() {
        return outcome == null ? null : new FundingDecision(outcome, decidedOn, rationale, decidedBy, fastTrack);
    }

    void hold(FundingDecision decision) {
        this.outcome = decision.outcome();
        this.decidedOn = decision.decidedOn();
        this.rationale = decision.rationale();
        this.decidedBy = decision.decidedBy();
        this.fastTrack = decision.fastTrack();
    }

    AssessmentStatus assessment() {
        return assessmentStatus;
    }

    void assess(AssessmentStatus progress) {
        this.assessmentStatus = AssessmentStatus.next(assessmentStatus, progress);
    }
}
