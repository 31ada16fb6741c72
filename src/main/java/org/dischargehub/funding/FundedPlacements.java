package org.dischargehub.funding;

/**
 * The placements whose funding is decided here. The referral module keeps each person's episode and implements this:
 * it refuses what the episode's state does not allow, records the step on the person's timeline and tells the process.
 */
public interface FundedPlacements {

    /** Refuses an unknown placement; inside a change it also holds the person's episode until the change commits. */
    void requireKnown(String referralId);

    void decided(String referralId, FundingDecision decision);

    /** Replaces the recorded decision and answers the one it replaced. */
    FundingDecision amended(String referralId, FundingDecision amended, String reason);

    void assessed(String referralId, AssessmentStatus progress, String note);
}
