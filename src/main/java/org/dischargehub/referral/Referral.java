package org.dischargehub.referral;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.security.Role;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.Pathway;

/**
 * One person's supported discharge, from "ready to leave" to closure. Every transition is a method named for
 * what happened; one that the state does not allow is refused and changes nothing.
 */
@Entity
public class Referral {

    @Id
    private String id;
    @Embedded
    private Patient patient;
    @Embedded
    private HospitalStay stay;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    @Embedded
    private Plan plan;
    @Embedded
    private AfterDischarge afterDischarge = new AfterDischarge();
    private String cancelReason;
    private String delayReason;
    private boolean urgent;
    private Instant createdAt;
    private String createdBy;
    /** When the referral reached its current status: how long it has waited at its current step. */
    private Instant statusSince;
    @Version
    private Long version;

    @Transient
    private final PendingEvents pending = new PendingEvents();
    @Transient
    private ReferralStatus statusStamped;

    protected Referral() {
    }

    static Referral receive(ReferralCommands.NewReferral command, Long localityId, Instant now, String actor) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID().toString();
        referral.patient = Patient.of(command);
        referral.stay = HospitalStay.of(command, localityId);
        referral.status = ReferralStatus.AWAITING_TRIAGE;
        referral.createdAt = now;
        referral.createdBy = actor;
        referral.by(actor).record(now, "RECEIVED", "Referral from " + referral.stay.hospital() + ", "
                + referral.stay.ward());
        return referral;
    }

    /** Names who acts next, for the timeline. */
    Referral by(String who) {
        pending.by(who);
        return this;
    }

    void triage(Pathway pathway, Requirement requirement, String rationale, Instant now) {
        require(ReferralAction.TRIAGE);
        String again = plan == null ? "" : "Re-triaged (was pathway " + plan.pathway().number() + "). ";
        this.plan = new Plan(pathway, requirement, rationale);
        this.status = pathway == Pathway.ZERO ? ReferralStatus.READY_TO_DISCHARGE : ReferralStatus.AWAITING_CAPACITY;
        record(now, "TRIAGED", again + plan.describe());
    }

    void bedReserved(String bedCode, Instant now) {
        require(ReferralAction.ALLOCATE_BED);
        plan.bedReserved(bedCode);
        this.status = ReferralStatus.READY_TO_DISCHARGE;
        this.urgent = false;
        record(now, "BED_RESERVED", "Bed " + bedCode + " reserved");
    }

    void bedMoved(String newBedCode, Instant now) {
        require(ReferralAction.MOVE_BED);
        String from = plan.bedMoved(newBedCode);
        record(now, "BED_MOVED", "Moved from bed " + from + " to bed " + newBedCode);
    }

    /** Pathway 1: a package is offered to one provider; nothing else is offered until it is answered. */
    void homeCareOffered(String providerCode, LocalDate startDate, Instant expiresAt, Instant now) {
        require(ReferralAction.OFFER_HOME_CARE);
        this.status = ReferralStatus.OFFERED;
        record(now, "OFFERED", "Home care offered to " + providerCode + " starting " + HumanTime.date(startDate)
                + ", open until " + HumanTime.at(now).dateTime(expiresAt));
    }

    void homeCareAccepted(String providerCode, LocalDate startDate, Instant now) {
        require(ReferralAction.ACCEPT_HOME_CARE);
        plan.packageAccepted(providerCode, startDate);
        this.status = ReferralStatus.READY_TO_DISCHARGE;
        this.urgent = false;
        record(now, "OFFER_ACCEPTED", providerCode + " accepted the package starting " + HumanTime.date(startDate));
    }

    /** An offer is declined; while another offer made with it is still open, the person stays offered. */
    void homeCareDeclined(String providerCode, String reason, boolean othersOpen, Instant now) {
        require(ReferralAction.DECLINE_HOME_CARE);
        offerEnded(othersOpen, now, "OFFER_DECLINED",
                providerCode + " declined the offer" + (reason == null ? "" : ": " + reason));
    }

    void homeCareOfferLapsed(String providerCode, Instant expiredAt, boolean othersOpen, Instant now) {
        require(ReferralAction.LET_HOME_CARE_OFFER_LAPSE);
        offerEnded(othersOpen, now, "OFFER_EXPIRED", providerCode + " let the offer lapse: no answer by "
                + HumanTime.at(now).dateTime(expiredAt));
    }

    private void offerEnded(boolean othersOpen, Instant now, String action, String detail) {
        this.status = othersOpen ? ReferralStatus.OFFERED : ReferralStatus.AWAITING_CAPACITY;
        record(now, action, othersOpen ? detail + "; other offers are still open" : detail);
    }

    /**
     * The provider gives the package back. Before discharge the person waits for capacity again; after it, the
     * package stays on record for the funded period. Either way the hub must act, so the referral turns urgent.
     */
    void homeCareHandedBack(String providerCode, String reason, Instant now) {
        Allocation held = allocation();
        if (held == null || !providerCode.equals(held.providerCode())) {
            throw new ConflictException("This person has no package from " + providerCode + " to hand back");
        }
        require(ReferralAction.HAND_BACK_HOME_CARE);
        if (status == ReferralStatus.READY_TO_DISCHARGE) {
            this.status = ReferralStatus.AWAITING_CAPACITY;
            plan.packageReleased();
        }
        this.urgent = true;
        record(now, "PACKAGE_HANDED_BACK", providerCode + " handed the package back: " + reason);
    }

    void discharge(LocalDate on, Instant now) {
        require(ReferralAction.DISCHARGE);
        afterDischarge.discharged(on);
        if (!pathway().funded()) {
            this.status = ReferralStatus.CLOSED;
            afterDischarge.closed(on, CloseOutcome.HOME);
            record(now, "DISCHARGED", "Discharged home on " + HumanTime.date(on) + " (pathway 0): episode closed");
        } else {
            this.status = ReferralStatus.IN_D2A;
            record(now, "DISCHARGED", "Discharged on " + HumanTime.date(on) + ": the funded D2A period starts");
        }
    }

    void decideFunding(FundingDecision decision, Instant now) {
        require(ReferralAction.DECIDE_FUNDING);
        afterDischarge.decided(decision);
        this.status = ReferralStatus.FUNDING_DECIDED;
        record(now, "FUNDING_DECIDED", decision.summary() + ". " + decision.rationale());
    }

    /**
     * Corrects the decision already recorded and answers the one it replaced; the reason goes on the timeline. The
     * episode stays where it is: the process moved on when the decision was first recorded.
     */
    FundingDecision amendFundingDecision(FundingDecision amended, String reason, Instant now) {
        require(ReferralAction.AMEND_FUNDING_DECISION);
        FundingDecision previous = afterDischarge.amended(amended);
        record(now, "FUNDING_AMENDED", "Was " + previous.summary() + "; now " + amended.summary() + ". "
                + amended.rationale() + " Reason for the amendment: " + reason);
        return previous;
    }

    void recordAssessment(AssessmentStatus progress, String note, Instant now) {
        require(ReferralAction.RECORD_ASSESSMENT);
        afterDischarge.assessed(progress);
        record(now, "ASSESSMENT_" + progress.name(), "Assessment " + progress.label().toLowerCase() + ". " + note);
    }

    void close(LocalDate on, CloseOutcome outcome, Instant now) {
        require(ReferralAction.CLOSE);
        afterDischarge.closed(on, outcome);
        this.status = ReferralStatus.CLOSED;
        record(now, "CLOSED", "Closed on " + HumanTime.date(on) + ": " + outcome.name().replace('_', ' ').toLowerCase());
    }

    void cancel(String reason, Instant now) {
        require(ReferralAction.CANCEL);
        this.cancelReason = reason;
        this.status = ReferralStatus.CANCELLED;
        record(now, "CANCELLED", reason);
    }

    void delayedBecause(String reasonCode, String reasonLabel, Instant now) {
        require(ReferralAction.CHANGE_DELAY_REASON);
        this.delayReason = reasonCode;
        record(now, "DELAY_REASON", reasonCode == null ? "Delay reason cleared" : "Delay reason: " + reasonLabel);
    }

    void safeAndWellCallMade(String outcome, Instant now) {
        require(ReferralAction.RECORD_SAFE_AND_WELL_CALL);
        record(now, "SAFE_AND_WELL_CALL", outcome);
    }

    void note(String action, String detail, Instant now) {
        record(now, action, detail);
    }

    /** The person's criteria to reside came back (or went earlier): delay counts from the new date. */
    Instant readyDateReset(Instant readyToLeaveAt, String reason, Instant now) {
        require(ReferralAction.RESET_READY_DATE);
        Instant previous = stay.readyToLeaveAt();
        this.stay = stay.readyAt(readyToLeaveAt);
        record(now, "READY_DATE_RESET", "Discharge ready date moved from " + HumanTime.at(now).dateTime(previous) + " to "
                + HumanTime.at(now).dateTime(readyToLeaveAt)
                + ". " + reason);
        return previous;
    }

    /** The home looked at the person and will not admit them: the bed is freed and capacity is sought again. */
    void reservationDeclined(String reason, Instant now) {
        require(ReferralAction.DECLINE_RESERVATION);
        String bedCode = plan.bedReleased();
        this.status = ReferralStatus.AWAITING_CAPACITY;
        record(now, "RESERVATION_DECLINED", "The home declined bed " + bedCode + ": " + reason);
    }

    /** No bed fits the plan: the MDT is asked to decide again, and the person heads its worklist until it does. */
    void retriageAsked(String reason, Instant now) {
        require(ReferralAction.ASK_FOR_RETRIAGE);
        plan.retriageAsked(new RetriageRequest(now, reason));
        record(now, "RETRIAGE_REQUESTED", "The MDT is asked to re-triage: " + reason);
    }

    /** Why the action may not happen now, or nothing when it may: the lifecycle's table, read for this referral. */
    public Optional<String> refusal(ReferralAction action) {
        return Lifecycle.refusal(action, this);
    }

    /** What someone in this role may do to the referral now. */
    public Set<ReferralAction> allowedActions(Role role) {
        return Lifecycle.allowedActions(this, role);
    }

    /** Refuses, changing nothing, an action that the lifecycle does not allow now. */
    void require(ReferralAction action) {
        refusal(action).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
    }

    /** Every transition records what happened; one that moved the status also restarts the wait at the step. */
    private void record(Instant at, String action, String detail) {
        if (statusStamped != status) {
            statusStamped = status;
            statusSince = at;
        }
        pending.record(id, at, action, detail);
    }

    @PostLoad
    private void stampLoadedStatus() {
        statusStamped = status;
    }

    List<ReferralEvent> drainEvents() {
        return pending.drain();
    }

    public String id() {
        return id;
    }

    public Patient patient() {
        return patient;
    }

    public String fullName() {
        return patient.fullName();
    }

    public HospitalStay stay() {
        return stay;
    }

    public ReferralStatus status() {
        return status;
    }

    public Pathway pathway() {
        return plan == null ? null : plan.pathway();
    }

    public Requirement requirement() {
        return plan == null ? null : plan.requirement();
    }

    public String triageRationale() {
        return plan == null ? null : plan.rationale();
    }

    /** What is held for the person now: a bed or a package, or nothing. */
    public Allocation allocation() {
        return plan == null ? null : plan.allocation();
    }

    /** The hub's request that the MDT re-triage the person, while it waits; a new triage answers it. */
    public Optional<RetriageRequest> retriageRequest() {
        return plan == null ? Optional.empty() : plan.retriageRequest();
    }

    public AfterDischarge afterDischarge() {
        return afterDischarge;
    }

    public LocalDate dischargedOn() {
        return afterDischarge.dischargedOn();
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String delayReason() {
        return delayReason;
    }

    public boolean urgent() {
        return urgent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant statusSince() {
        return statusSince;
    }
}
