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
import org.dischargehub.shared.Pathway;

/**
 * One person's supported discharge, from "ready to leave" to closure. Every transition is a method named for
 * what happened; one that the state does not allow is refused and changes nothing. The steps that find capacity for
 * the person (a bed, a home-care package) are the same kind of method, kept together in {@link ReferralCapacity}.
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
    @Embedded
    private SenderReference sender;
    private String cancelReason;
    private String delayReason;
    private boolean urgent;
    private Instant createdAt;
    private Instant firstTriagedAt;
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

    static Referral receive(ReferralCommands.NewReferral command, Long localityId, SenderReference sender, Instant now,
            String actor) {
        Referral referral = new Referral();
        referral.sender = sender;
        referral.id = UUID.randomUUID().toString();
        referral.patient = Patient.of(command);
        referral.stay = HospitalStay.of(command, localityId);
        referral.status = ReferralStatus.AWAITING_TRIAGE;
        referral.createdAt = now;
        referral.createdBy = actor;
        referral.by(actor).record(now, "RECEIVED", TimelineText.received(referral.stay));
        return referral;
    }

    /** Names who acts next, for the timeline. */
    Referral by(String who) {
        pending.by(who);
        return this;
    }

    void triage(Pathway pathway, Requirement requirement, String rationale, Instant now) {
        require(ReferralAction.TRIAGE);
        Plan before = plan;
        this.plan = new Plan(pathway, requirement, rationale);
        firstTriagedAt = firstTriagedAt == null ? now : firstTriagedAt;
        moveTo(pathway == Pathway.ZERO ? ReferralStatus.READY_TO_DISCHARGE : ReferralStatus.AWAITING_CAPACITY, now,
                "TRIAGED", TimelineText.triaged(before, plan));
    }

    void discharge(LocalDate on, Instant now) {
        require(ReferralAction.DISCHARGE);
        afterDischarge.discharged(on);
        boolean funded = pathway().funded();
        if (!funded) {
            afterDischarge.closed(on, CloseOutcome.HOME);
        }
        moveTo(funded ? ReferralStatus.IN_D2A : ReferralStatus.CLOSED, now, "DISCHARGED",
                TimelineText.discharged(on, funded));
    }

    void decideFunding(FundingDecision decision, Instant now) {
        require(ReferralAction.DECIDE_FUNDING);
        afterDischarge.decided(decision);
        moveTo(ReferralStatus.FUNDING_DECIDED, now, "FUNDING_DECIDED",
                decision.summary() + ". " + decision.rationale());
    }

    /**
     * Corrects the decision already recorded and answers the one it replaced; the reason goes on the timeline. The
     * episode stays where it is: the process moved on when the decision was first recorded.
     */
    FundingDecision amendFundingDecision(FundingDecision amended, String reason, Instant now) {
        require(ReferralAction.AMEND_FUNDING_DECISION);
        FundingDecision previous = afterDischarge.amended(amended);
        record(now, "FUNDING_AMENDED", TimelineText.fundingAmended(previous, amended, reason));
        return previous;
    }

    void recordAssessment(AssessmentStatus progress, String note, Instant now) {
        require(ReferralAction.RECORD_ASSESSMENT);
        afterDischarge.assessed(progress);
        record(now, "ASSESSMENT_" + progress.name(), TimelineText.assessed(progress, note));
    }

    void close(LocalDate on, CloseOutcome outcome, Instant now) {
        require(ReferralAction.CLOSE);
        afterDischarge.closed(on, outcome);
        moveTo(ReferralStatus.CLOSED, now, "CLOSED", TimelineText.closed(on, outcome));
    }

    void cancel(String reason, Instant now) {
        require(ReferralAction.CANCEL);
        this.cancelReason = reason;
        moveTo(ReferralStatus.CANCELLED, now, "CANCELLED", reason);
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
        record(now, "READY_DATE_RESET", TimelineText.readyDateReset(previous, readyToLeaveAt, reason, now));
        return previous;
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

    /** The steps that find, move, decline or give back a bed or a package for the person. */
    ReferralCapacity capacity() {
        return new ReferralCapacity(this);
    }

    /** The plan the capacity steps work on; a referral has one once triaged. */
    Plan plan() {
        return plan;
    }

    /** Moves the referral to a new status and records why: the transitions' one way to change the status. */
    void moveTo(ReferralStatus next, Instant now, String action, String detail) {
        this.status = next;
        record(now, action, detail);
    }

    /** The hub must act on the referral now, or no longer needs to. */
    void urgent(boolean urgent) {
        this.urgent = urgent;
    }

    /** Every transition records what happened; one that moved the status also restarts the wait at the step. */
    void record(Instant at, String action, String detail) {
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

    /** The sending system's identifier, for a referral another system sent. */
    public Optional<SenderReference> sender() {
        return Optional.ofNullable(sender);
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
