package org.dischargehub.referral;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedType;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.funding.FundingOutcome;
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
    private String nhsNumber;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private Long localityId;
    private String hospital;
    private String ward;
    private Instant readyToLeaveAt;
    private boolean infectionPositive;
    private String notes;
    @Enumerated(EnumType.STRING)
    private ReferralStatus status;
    @Convert(converter = PathwayColumn.class)
    private Pathway pathway;
    @Enumerated(EnumType.STRING)
    private BedType bedType;
    private BigDecimal hoursPerWeek;
    private LocalDate careStartDate;
    private String triageRationale;
    private String allocatedBedCode;
    private String allocatedProvider;
    private LocalDate allocatedStartDate;
    private LocalDate dischargedOn;
    @Enumerated(EnumType.STRING)
    private FundingOutcome fundingOutcome;
    private LocalDate fundingDecidedOn;
    private String fundingRationale;
    private String fundingDecidedBy;
    private boolean fundingFastTrack;
    @Enumerated(EnumType.STRING)
    private AssessmentStatus assessmentStatus;
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    private CloseOutcome closeOutcome;
    private String cancelReason;
    private String delayReason;
    private boolean urgent;
    private Instant createdAt;
    private String createdBy;
    @Version
    private Long version;

    @Transient
    private final List<ReferralEvent> newEvents = new ArrayList<>();
    @Transient
    private String actor;

    protected Referral() {
    }

    static Referral receive(ReferralCommands.NewReferral command, Long localityId, Instant now, String actor) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID().toString();
        referral.nhsNumber = new NhsNumber(command.nhsNumber()).value();
        referral.givenName = command.givenName().trim();
        referral.familyName = command.familyName().trim();
        referral.dateOfBirth = command.dateOfBirth();
        referral.localityId = localityId;
        referral.hospital = command.hospital().trim();
        referral.ward = command.ward().trim();
        referral.readyToLeaveAt = command.readyToLeaveAt();
        referral.infectionPositive = command.infectionPositive();
        referral.notes = command.notes();
        referral.status = ReferralStatus.AWAITING_TRIAGE;
        referral.createdAt = now;
        referral.createdBy = actor;
        referral.by(actor).record(now, "RECEIVED", "Referral from " + referral.hospital + ", " + referral.ward);
        return referral;
    }

    /** Names who acts next, for the timeline. */
    Referral by(String who) {
        this.actor = who;
        return this;
    }

    void triage(Pathway pathway, Requirement requirement, String rationale, Instant now) {
        require(ReferralAction.TRIAGE);
        this.pathway = pathway;
        this.bedType = requirement.bedType();
        this.hoursPerWeek = requirement.hoursPerWeek();
        this.careStartDate = requirement.startDate();
        this.triageRationale = rationale;
        this.status = pathway == Pathway.ZERO ? ReferralStatus.READY_TO_DISCHARGE : ReferralStatus.AWAITING_CAPACITY;
        record(now, "TRIAGED", "Pathway " + pathway.number() + describeRequirement() + ". " + rationale);
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
        hold(decision.validFor(dischargedOn));
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
        hold(amended);
        record(now, "FUNDING_AMENDED", "Was " + previous.describe() + " from " + previous.decidedOn() + "; now "
                + amended.describe() + " from " + amended.decidedOn() + ". " + amended.rationale()
                + " Reason for the amendment: " + reason);
        return previous;
    }

    void recordAssessment(AssessmentStatus progress, String note, Instant now) {
        require(ReferralAction.RECORD_ASSESSMENT);
        this.assessmentStatus = AssessmentStatus.next(assessmentStatus, progress);
        record(now, "ASSESSMENT_" + progress.name(), "Assessment " + progress.label().toLowerCase() + ". " + note);
    }

    private void hold(FundingDecision decision) {
        this.fundingOutcome = decision.outcome();
        this.fundingDecidedOn = decision.decidedOn();
        this.fundingRationale = decision.rationale();
        this.fundingDecidedBy = decision.decidedBy();
        this.fundingFastTrack = decision.fastTrack();
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

    private String describeRequirement() {
        if (bedType != null) {
            return ", a " + bedType.name().replace('_', ' ').toLowerCase() + " bed";
        }
        if (hoursPerWeek != null) {
            return ", " + hoursPerWeek.stripTrailingZeros().toPlainString() + " hours a week from " + careStartDate;
        }
        return "";
    }

    /** A detail quoting someone's 4,000-character reason must still fit the timeline's column. */
    private void record(Instant at, String action, String detail) {
        String fitted = detail != null && detail.length() > 4000 ? detail.substring(0, 3999) + "…" : detail;
        newEvents.add(new ReferralEvent(id, at, actor == null ? "system" : actor, action, fitted));
    }

    List<ReferralEvent> drainEvents() {
        List<ReferralEvent> drained = List.copyOf(newEvents);
        newEvents.clear();
        return drained;
    }

    public boolean pastReadyDate(Instant now) {
        return ReferralStatus.BEFORE_DISCHARGE.contains(status) && readyToLeaveAt.isBefore(now);
    }

    public String id() {
        return id;
    }

    public NhsNumber nhsNumber() {
        return new NhsNumber(nhsNumber);
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Long localityId() {
        return localityId;
    }

    public String hospital() {
        return hospital;
    }

    public String ward() {
        return ward;
    }

    public Instant readyToLeaveAt() {
        return readyToLeaveAt;
    }

    public boolean infectionPositive() {
        return infectionPositive;
    }

    public String notes() {
        return notes;
    }

    public ReferralStatus status() {
        return status;
    }

    public Pathway pathway() {
        return pathway;
    }

    public Requirement requirement() {
        return pathway == null || pathway == Pathway.ZERO ? null : new Requirement(bedType, hoursPerWeek, careStartDate);
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
        return fundingOutcome == null ? null
                : new FundingDecision(fundingOutcome, fundingDecidedOn, fundingRationale, fundingDecidedBy,
                        fundingFastTrack);
    }

    public AssessmentStatus assessmentStatus() {
        return assessmentStatus;
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

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
