package org.dischargehub.referral;

import java.time.Clock;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundedPlacements;
import org.dischargehub.funding.FundingDecision;
import org.springframework.stereotype.Component;

/** The person's episode as the funding module sees it: its decisions and assessment move the referral on. */
@Component
class ReferralFunding implements FundedPlacements {

    private final ReferralStore store;
    private final ReferralProcess process;
    private final Clock clock;

    ReferralFunding(ReferralStore store, ReferralProcess process, Clock clock) {
        this.store = store;
        this.process = process;
        this.clock = clock;
    }

    @Override
    public void requireKnown(String referralId) {
        store.find(referralId);
    }

    @Override
    public void decided(String referralId, FundingDecision decision) {
        store.change(store.find(referralId), r -> r.decideFunding(decision, clock.instant()));
        process.fundingDecided(referralId);
    }

    @Override
    public FundingDecision amended(String referralId, FundingDecision amended, String reason) {
        Referral referral = store.find(referralId).by(amended.decidedBy());
        FundingDecision previous = referral.amendFundingDecision(amended, reason, clock.instant());
        store.save(referral);
        return previous;
    }

    @Override
    public void assessed(String referralId, AssessmentStatus progress, String note) {
        store.change(store.find(referralId), r -> r.recordAssessment(progress, note, clock.instant()));
        process.assessmentRecorded(referralId, progress == AssessmentStatus.COMPLETED);
    }
}
