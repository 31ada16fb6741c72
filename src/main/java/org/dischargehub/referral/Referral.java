package org.dischargehub.referral;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.security.Role;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NhsNumber;
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
    @Convert(converter = PathwayColumn.class)
    private Pathway pathway;
    @Embedded
    @AttributeOverride(name = "startDate", column = @Column(name = "care_start_date"))
    private Requirement requirement;
    private String triageRationale;
    private String allocatedBedCode;
    private String allocatedProvider;
    private LocalDate allocatedStartDate;
    private LocalDate dischargedOn;
    @Embedded
    private FundingState funding = new FundingState();
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    private CloseOutcome closeOutcome;
    private String cancelReason;
    private String delayReason;
    private boolean urgent;
    private Instant createdAt;
    private String createdBy;
    private Instant retriageRequestedAt;
    private String retriageRequest;
    @Version
    private Long version;

    @Transient
    private final PendingEvents pending = new PendingEvents();

    protected Referral() {
    }

    static Referral receive(ReferralCommands.NewReferral command, Long localityId, Instant now, String actor) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID().toString();
        referral.patient = new Patient(new NhsNumber(command.nhsNumber()).value(), command.givenName().trim(),
                command.familyName().trim(), command.dateOfBirth());
        referral.stay = new HospitalStay(localityId, command.hospital().trim(), command.ward().trim(),
                command.readyToLeaveAt(), command.infectionPositive(), command.notes());
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
        String again = this.pathway == null ? "" : "Re-triaged (was pathway " + this.pathway.number() + "). ";
        this.pathway = pathway;
        this.requirement = requirement;
        this.triageRationale = rationale;
        this.status = pathway == Pathway.ZERO ? ReferralStatus.READY_TO_DISCHARGE : ReferralStatus.AWAITING_CAPACITY;
        dropThePlan();
        record(now, "TRIAGED", again + "Pathway " + pathway.number() + requirement.describe() + ". " + rationale);
    }

    void bedReserved(String bedCode, Instant now) {
        require(ReferralAction.ALLOCATE_BED);
        this.allocatedBedCode = bedCode;
        this.status = ReferralStatus.READY_TO_DISCHARGE;
        this.urgent = false;
        record(now, "BED_RESERVED", "Bed " + bedCode + " reserved");
    }

    void bedMoved(String newBedCode, Instant now) {
        require(ReferralAction.MOVE_BED);
        String from = allocatedBedCode;
        this.allocatedBedCode = newBedCode;
        record(now, "BED_MOVED", "Moved from bed " + from + " to bed " + newBedCode);
    }

    /** Pathway 1: a package is offered to one provider; nothing else is offered until it is answered. */
    void homeCareOffered(String providerCode, LocalDate startDate, Instant expiresAt, Instant now) {
        require(ReferralAction.OFFER_HOME_CARE);
        this.status = ReferralStatus.OFFERED;
        record(now, "OFFERED", "Home care offered to " + providerCode + " starting " + startDate
                + ", open until " + expiresAt);
    }

    void homeCareAccepted(String providerCode, LocalDate startDate, Instant now) {
        require(ReferralAction.ACCEPT_HOME_CARE);
        this.allocatedProvider = providerCode;
        this.allocatedStartDate = startDate;
        this.status = ReferralStatus.READY_TO_DISCHARGE;
        this.urgent = false;
        record(now, "OFFER_ACCEPTED", providerCode + " accepted the package starting " + startDate);
    }

    void homeCareDeclined(String providerCode, String reason, Instant now) {
        require(ReferralAction.DECLINE_HOME_CARE);
        this.status = ReferralStatus.AWAITING_CAPACITY;
        record(now, "OFFER_DECLINED", providerCode + " declined the offer" + (reason == null ? "" : ": " + reason));
    }

    void homeCareOfferLapsed(String providerCode, Instant expiredAt, Instant now) {
        require(ReferralAction.LET_HOME_CARE_OFFER_LAPSE);
        this.status = ReferralStatus.AWAITING_CAPACITY;
        record(now, "OFFER_EXPIRED", providerCode + " let the offer lapse: no answer by " + expiredAt);
    }

    /**
     * The provider gives the package back. Before discharge the person waits for capacity again; after it, the
     * package stays on record for the funded period. Either way the hub must act, so the referral turns urgent.
     */
    void homeCareHandedBack(String providerCode, String reason, Instant now) {
        if (allocatedProvider == null || !providerCode.equals(allocatedProvider)) {
            throw new ConflictException("This person has no package from " + providerCode + " to hand back");
        }
        require(ReferralAction.HAND_BACK_HOME_CARE);
        if (status == ReferralStatus.READY_TO_DISCHARGE) {
            this.status = ReferralStatus.AWAITING_CAPACITY;
            this.allocatedProvider = null;
            this.allocatedStartDate = null;
        }
        this.urgent = true;
        record(now, "PACKAGE_HANDED_BACK", providerCode + " handed the package back: " + reason);
    }

    void discharge(LocalDate on, Instant now) {
        require(ReferralAction.DISCHARGE);
        this.dischargedOn = on;
        if (!pathway.funded()) {
            this.status = ReferralStatus.CLOSED;
            this.closedOn = on;
            this.closeOutcome = CloseOutcome.HOME;
            record(now, "DISCHARGED", "Discharged home on " + on + " (pathway 0): episode closed");
        } else {
            this.status = ReferralStatus.IN_D2A;
            record(now, "DISCHARGED", "Discharged on " + on + ": the funded D2A period starts");
        }
    }

    void decideFunding(FundingDecision decision, Instant now) {
        require(ReferralAction.DECIDE_FUNDING);
        funding.hold(decision.validFor(dischargedOn));
        this.status = ReferralStatus.FUNDING_DECIDED;
        record(now, "FUNDING_DECIDED", decision.describe() + " from " + decision.decidedOn() + ". "
                + decision.rationale());
    }

    /**
     * Corrects the decision already recorded and answers the one it replaced; the reason goes on the timeline. The
     * episode stays where it is: the process moved on when the decision was first recorded.
     */
    FundingDecision amendFundingDecision(FundingDecision amended, String reason, Instant now) {
        require(ReferralAction.AMEND_FUNDING_DECISION);
        FundingDecision previous = fundingDecision();
        if (amended.validFor(dischargedOn).sameAs(previous)) {
            throw InvalidInputException.of("outcome", "the amendment is the decision already recorded");
        }
        funding.hold(amended);
        record(now, "FUNDING_AMENDED", "Was " + previous.describe() + " from " + previous.decidedOn() + "; now "
                + amended.describe() + " from " + amended.decidedOn() + ". " + amended.rationale()
                + " Reason for the amendment: " + reason);
        return previous;
    }

    void recordAssessment(AssessmentStatus progress, String note, Instant now) {
        require(ReferralAction.RECORD_ASSESSMENT);
        funding.assess(progress);
        record(now, "ASSESSMENT_" + progress.name(), "Assessment " + progress.label().toLowerCase() + ". " + note);
    }

    void close(LocalDate on, CloseOutcome outcome, Instant now) {
        require(ReferralAction.CLOSE);
        if (on.isBefore(dischargedOn)) {
            throw InvalidInputException.of("closedOn", "an episode cannot close before the discharge on " + dischargedOn);
        }
        this.closedOn = on;
        this.closeOutcome = outcome;
        this.status = ReferralStatus.CLOSED;
        record(now, "CLOSED", "Closed on " + on + ": " + outcome.name().replace('_', ' ').toLowerCase());
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

    /** A new plan replaces the old: what was held for it is released by the caller in the same transaction. */
    private void dropThePlan() {
        this.allocatedBedCode = null;
        this.allocatedProvider = null;
        this.allocatedStartDate = null;
        this.retriageRequestedAt = null;
        this.retriageRequest = null;
    }

    /** The person's criteria to reside came back (or went earlier): delay counts from the new date. */
    Instant readyDateReset(Instant readyToLeaveAt, String reason, Instant now) {
        require(ReferralAction.RESET_READY_DATE);
        Instant previous = stay.readyToLeaveAt();
        this.stay = stay.readyAt(readyToLeaveAt);
        record(now, "READY_DATE_RESET", "Discharge ready date moved from " + previous + " to " + readyToLeaveAt
                + ". " + reason);
        return previous;
    }

    /** The home looked at the person and will not admit them: the bed is freed and capacity is sought again. */
    void reservationDeclined(String reason, Instant now) {
        require(ReferralAction.DECLINE_RESERVATION);
        String bedCode = allocatedBedCode;
        this.allocatedBedCode = null;
        this.status = ReferralStatus.AWAITING_CAPACITY;
        record(now, "RESERVATION_DECLINED", "The home declined bed " + bedCode + ": " + reason);
    }

    /** No bed fits the plan: the MDT is asked to decide again, and the person heads its worklist until it does. */
    void retriageAsked(String reason, Instant now) {
        require(ReferralAction.ASK_FOR_RETRIAGE);
        this.retriageRequestedAt = now;
        this.retriageRequest = reason;
        record(now, "RETRIAGE_REQUESTED", "The MDT is asked to re-triage: " + reason);
    }

    void note(String action, String detail, Instant now) {
        record(now, action, detail);
    }

    /** Why the action may not happen now, or nothing when it may: the lifecycle's table, read for this referral. */
    public Optional<String> refusal(ReferralAction action) {
        return Lifecycle.refusal(action, this);
    }

    /** What someone in this role may do to the referral now. */
    public Set<ReferralAction> allowedActions(Role role) {
        return Arrays.stream(ReferralAction.values())
                .filter(action -> action.mayBeTakenBy(role) && refusal(action).isEmpty())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralAction.class)));
    }

    /** Refuses, changing nothing, an action that the lifecycle does not allow now. */
    void require(ReferralAction action) {
        refusal(action).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
    }

    private void record(Instant at, String action, String detail) {
        pending.record(id, at, action, detail);
    }

    List<ReferralEvent> drainEvents() {
        return pending.drain();
    }

    public boolean pastReadyDate(Instant now) {
        return ReferralStatus.BEFORE_DISCHARGE.contains(status) && stay.readyToLeaveAt().isBefore(now);
    }

    public String id() {
        return id;
    }

    public Patient patient() {
        return patient;
    }

    public NhsNumber nhsNumber() {
        return new NhsNumber(patient.nhsNumber());
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
        return pathway;
    }

    public Requirement requirement() {
        return pathway == null || pathway == Pathway.ZERO ? null : requirement;
    }

    public String triageRationale() {
        return triageRationale;
    }

    public Allocation allocation() {
        if (allocatedBedCode != null) {
            return Allocation.bed(allocatedBedCode);
        }
        if (allocatedProvider != null) {
            return Allocation.homeCare(allocatedProvider, allocatedStartDate);
        }
        return null;
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

    public String cancelReason() {
        return cancelReason;
    }

    public String delayReason() {
        return delayReason;
    }

    public boolean urgent() {
        return urgent;
    }

    /** When the hub asked the MDT to re-triage, or null when no request waits. */
    public Instant retriageRequestedAt() {
        return retriageRequestedAt;
    }

    public String retriageRequest() {
        return retriageRequest;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
