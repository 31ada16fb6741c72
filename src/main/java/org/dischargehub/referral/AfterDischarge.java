package org.dischargehub.referral;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.HumanTime;

/**
 * What happens once the person has left hospital: the day they left, the funding decision and assessment of the
 * funded period, and how and when the episode closed.
 */
@Embeddable
public class AfterDischarge {

    private LocalDate dischargedOn;
    @Embedded
    private FundingState funding = new FundingState();
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    private CloseOutcome closeOutcome;

    void discharged(LocalDate on) {
        this.dischargedOn = on;
    }

    /** Holds the decision, dated no earlier than the discharge. */
    void decided(FundingDecision decision) {
        funding.hold(decision.validFor(dischargedOn));
    }

    /** Replaces the decision held with a different one and answers the one it replaced. */
    FundingDecision amended(FundingDecision amended) {
        FundingDecision previous = funding.decision();
        if (amended.validFor(dischargedOn).sameAs(previous)) {
            throw InvalidInputException.of("outcome", "the amendment is the decision already recorded");
        }
        funding.hold(amended);
        return previous;
    }

    void assessed(AssessmentStatus progress) {
        funding.assess(progress);
    }

    void closed(LocalDate on, CloseOutcome outcome) {
        if (on.isBefore(dischargedOn)) {
            throw InvalidInputException.of("closedOn",
                    "an episode cannot close before the discharge on " + HumanTime.date(dischargedOn));
        }
        this.closedOn = on;
        this.closeOutcome = outcome;
    }

    public LocalDate dischargedOn() {
        return dischargedOn;
    }

    public FundingDecision fundingDecision() {
        return funding.decision();
    }

    public AssessmentStatus assessmentStatus() {
        return funding.assessment();
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public CloseOutcome closeOutcome() {
        return closeOutcome;
    }
}
