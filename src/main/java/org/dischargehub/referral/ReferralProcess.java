package org.dischargehub.referral;

import java.time.Instant;
import java.util.List;
import org.dischargehub.shared.Pathway;

/**
 * The one port to the process engine for referrals. Each call moves the referral's process instance in the
 * caller's transaction, so that the hub's tables and the process commit together or not at all.
 */
public interface ReferralProcess {

    void start(String referralId, ProcessTimings timings);

    void triaged(String referralId, Pathway pathway);

    /**
     * Before discharge the plan changed (the MDT triaged again, or the home declined the bed): the same process
     * instance leaves the step it waits in and goes back to the one the pathway leads to.
     */
    void replanned(String referralId, Pathway pathway);

    /** A new discharge ready date: the escalation for a delayed discharge is due at this time instead. */
    void readyDateReset(String referralId, Instant dischargeEscalationAt);

    /** Pathways 2 and 3: a bed is reserved. */
    void capacityFound(String referralId);

    /**
     * Pathway 1: a package is offered to one or several providers at once; the offers left unanswered by
     * {@code expiresAt} the process expires itself. Answered only once none of them is open any more.
     */
    void homeCareOffered(String referralId, Instant expiresAt);

    void homeCareAnswered(String referralId, boolean accepted);

    /** Pathway 1, before discharge: the provider handed the package back; the process returns to finding one. */
    void homeCareHandedBack(String referralId);


    /**
     * Discharged: pathway 0 has a safe-and-well call due; pathways 1 to 3 start the funded period, which ends at
     * {@code fundedPeriodEndsAt} (the start of the first day no longer funded) with an assessment due at
     * {@code assessmentDueAt}. Times that do not apply to the pathway are null.
     */
    void discharged(String referralId, Instant safeAndWellCallDue, Instant fundedPeriodEndsAt, Instant assessmentDueAt);

    /** The assessment's progress during the funded period; once completed, no assessment work is due. */
    void assessmentRecorded(String referralId, boolean completed);

    void safeAndWellCallMade(String referralId);

    /** Pathway 0 after discharge: the call is due until it is made or 72 hours have passed. */
    boolean safeAndWellCallDue(String referralId);

    void fundingDecided(String referralId);

    void closed(String referralId);

    void cancelled(String referralId);

    /** For display: the names of the steps the referral's process is waiting in now; empty when it has ended. */
    List<String> position(String referralId);

    record ProcessTimings(String triageEscalationAfter, Instant dischargeEscalationAt, String noBedEscalationAfter) {
    }
}
