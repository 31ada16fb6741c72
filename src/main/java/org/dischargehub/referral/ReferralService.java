package org.dischargehub.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedOptions;
import org.dischargehub.beds.BedType;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.homecare.HomeCareCommands.NewOffer;
import org.dischargehub.homecare.HomeCareOffer;
import org.dischargehub.homecare.HomeCareOption;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.OfferAccepted;
import org.dischargehub.homecare.OfferDeclined;
import org.dischargehub.homecare.OfferExpired;
import org.dischargehub.homecare.PackageHandedBack;
import org.dischargehub.referral.ReferralCommands.Amendment;
import org.dischargehub.referral.ReferralCommands.AssessmentUpdate;
import org.dischargehub.referral.ReferralCommands.BedAllocation;
import org.dischargehub.referral.ReferralCommands.Cancel;
import org.dischargehub.referral.ReferralCommands.Close;
import org.dischargehub.referral.ReferralCommands.Decision;
import org.dischargehub.referral.ReferralCommands.DelayReasonChange;
import org.dischargehub.referral.ReferralCommands.Discharge;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocation;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.referral.ReferralCommands.Triage;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.shared.Pathway;
import org.dischargehub.shared.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Referrals from "ready to leave" to closure: the one place their rules live, used by the views, the API and the
 * process alike. Each change and the matching process step commit in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReferralService {

    private static final String RECORD = "REFERRAL";
    private static final String LIST = "REFERRAL_LIST";
    private static final String OPTIONS = "REFERRAL_OPTIONS";

    private final Referrals referrals;
    private final ReferralEvents events;
    private final DelayReasons delayReasons;
    private final ReferralProcess process;
    private final DirectoryService directory;
    private final BedBaseService bedBase;
    private final HomeCareService homeCare;
    private final EscalationService escalations;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final Duration triageEscalationAfter;
    private final Duration dischargeEscalationAfter;
    private final Duration noBedEscalationAfter;
    private final Period assessmentDueBefore;
    private final FundingAmendments amendments;
    private final AuditService audit;

    ReferralService(Referrals referrals, ReferralEvents events, DelayReasons delayReasons, ReferralProcess process,
            DirectoryService directory, BedBaseService bedBase, HomeCareService homeCare, EscalationService escalations,
            Checks checks,
            Clock clock, ApplicationEventPublisher publisher,
            @Value("${hub.escalation.triage-after:PT2H}") Duration triageEscalationAfter,
            @Value("${hub.escalation.discharge-delayed-after:PT24H}") Duration dischargeEscalationAfter,
            @Value("${hub.escalation.no-bed-after:PT4H}") Duration noBedEscalationAfter,
            @Value("${hub.funding.assessment-due-before:P14D}") Period assessmentDueBefore, FundingAmendments amendments,
            AuditService audit) {
        this.referrals = referrals;
        this.events = events;
        this.delayReasons = delayReasons;
        this.process = process;
        this.directory = directory;
        this.bedBase = bedBase;
        this.homeCare = homeCare;
        this.escalations = escalations;
        this.checks = checks;
        this.clock = clock;
        this.publisher = publisher;
        this.triageEscalationAfter = triageEscalationAfter;
        this.dischargeEscalationAfter = dischargeEscalationAfter;
        this.noBedEscalationAfter = noBedEscalationAfter;
        this.assessmentDueBefore = assessmentDueBefore;
        this.amendments = amendments;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral receive(NewReferral command) {
        checks.valid(command);
        LocalDate today = today();
        new Violations()
                .check(command.dateOfBirth().isAfter(today), "dateOfBirth", "a date of birth cannot be in the future")
                .check(command.dateOfBirth().isBefore(today.minusYears(130)), "dateOfBirth",
                        "a date of birth more than 130 years ago is not plausible")
                .check(command.readyToLeaveAt().atZone(zone()).toLocalDate().isBefore(command.dateOfBirth()),
                        "readyToLeaveAt", "a person cannot be ready to leave before they were born")
                .check(command.readyToLeaveAt().isAfter(clock.instant().plus(Duration.ofDays(366))), "readyToLeaveAt",
                        "a discharge ready date more than a year ahead is not plausible")
                .throwIfAny();
        Locality locality = directory.localityNamedIn("locality", command.locality());
        Referral referral = Referral.receive(command, locality.id(), clock.instant(), CurrentUser.name());
        save(referral);
        process.start(referral.id(), new ReferralProcess.ProcessTimings(triageEscalationAfter.toString(),
                command.readyToLeaveAt().plus(dischargeEscalationAfter), noBedEscalationAfter.toString()));
        return referral;
    }

    @Transactional
    @PreAuthorize("hasRole('MDT')")
    public Referral triage(String id, Triage command) {
        Referral referral = referral(id);
        checks.valid(command);
        Pathway pathway = Pathway.of(command.pathway());
        Requirement requirement = requirementFrom(pathway, command);
        change(referral, r -> r.triage(pathway, requirement, command.rationale().trim(), clock.instant()));
        process.triaged(id, command.pathway());
        return referral;
    }

    /** Pathways 2 and 3: the coordinator reserves a bed; the referral is then ready to discharge. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral allocateBed(String id, BedAllocation command) {
        Referral referral = referral(id);
        checks.valid(command);
        referral.require(ReferralAction.ALLOCATE_BED);
        var bed = bedBase.reserve(command.bedCode(), id, referral.requirement().bedType(), referral.infectionPositive());
        change(referral, r -> r.bedReserved(bed.code(), clock.instant()));
        process.capacityFound(id);
        return referral;
    }

    /** A step-down (or step-up) to another bed: the old bed is freed and the new one held in one transaction. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral moveBed(String id, BedAllocation command) {
        Referral referral = referral(id);
        checks.valid(command);
        referral.require(ReferralAction.MOVE_BED);
        var bed = bedBase.move(id, command.bedCode().trim(), referral.requirement().bedType(),
                referral.infectionPositive());
        change(referral, r -> r.bedMoved(bed.code(), clock.instant()));
        return referral;
    }

    /** The capacity that fits this person, by the pathway decided: home-care providers for 1, beds for 2 and 3. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public CapacityOptions capacityOptions(String id) {
        Referral referral = referral(id);
        return referral.pathway() == Pathway.ONE
                ? new CapacityOptions(null, homeCareOptions(referral))
                : new CapacityOptions(bedOptions(referral), null);
    }

    /** Pathways 2 and 3: the beds that fit this person, best first, and why the rest were left out. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public BedOptions bedOptions(String id) {
        return bedOptions(referral(id));
    }

    private BedOptions bedOptions(Referral referral) {
        requireNeed(referral, Pathway::needsBed, "a bed");
        viewed(OPTIONS, referral);
        return bedBase.options(referral.requirement().bedType(), referral.infectionPositive(), referral.localityId());
    }

    /**
     * Pathway 1: offers the person's package to one provider, holding the hours against its capacity in the person's
     * locality on the start day. The provider accepts or declines; unanswered, the process lets the offer expire.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral offerHomeCare(String id, HomeCareAllocation command) {
        Referral referral = referral(id);
        checks.valid(command);
        Provider provider = directory.providerNamedIn("providerCode", command.providerCode());
        if (provider.kind() != ProviderKind.HOME_CARE) {
            throw InvalidInputException.of("providerCode", provider.code() + " is not a home-care provider");
        }
        referral.require(ReferralAction.OFFER_HOME_CARE);
        HomeCareOffer offer = homeCare.offer(new NewOffer(id, provider.code(), referral.localityId(),
                command.startDate(), referral.requirement().hoursPerWeek(), needsOf(referral)));
        change(referral, r -> r.homeCareOffered(provider.code(), command.startDate(), offer.expiresAt(),
                clock.instant()));
        process.homeCareOffered(id, offer.id(), offer.expiresAt());
        return referral;
    }

    /** Pathway 1: providers with the hours free in the person's locality on the start day, fresh and most free first. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<HomeCareOption> homeCareOptions(String id) {
        return homeCareOptions(referral(id));
    }

    private List<HomeCareOption> homeCareOptions(Referral referral) {
        requireNeed(referral, Pathway::needsHomeCare, "home care");
        viewed(OPTIONS, referral);
        Requirement requirement = referral.requirement();
        return homeCare.options(referral.id(), referral.localityId(), requirement.startDate(), requirement.hoursPerWeek());
    }

    @EventListener
    @Transactional
    void homeCareAccepted(OfferAccepted accepted) {
        Referral referral = referral(accepted.referralId());
        change(referral, r -> r.homeCareAccepted(accepted.providerCode(), accepted.startDate(), clock.instant()));
        process.homeCareAnswered(referral.id(), true);
    }

    @EventListener
    @Transactional
    void homeCareDeclined(OfferDeclined declined) {
        Referral referral = referral(declined.referralId());
        change(referral, r -> r.homeCareDeclined(declined.providerCode(), declined.reason(), clock.instant()));
        process.homeCareAnswered(referral.id(), false);
    }

    /** The process's own timer expired the offer; the process moves on by itself. */
    @EventListener
    @Transactional
    void homeCareOfferExpired(OfferExpired expired) {
        Referral referral = referral(expired.referralId());
        change(referral, r -> r.homeCareOfferLapsed(expired.providerCode(), expired.expiresAt(),
                clock.instant()));
    }

    @EventListener
    @Transactional
    void homeCareHandedBack(PackageHandedBack handedBack) {
        Referral referral = referral(handedBack.referralId());
        boolean beforeDischarge = referral.status() == ReferralStatus.READY_TO_DISCHARGE;
        change(referral, r -> r.homeCareHandedBack(handedBack.providerCode(), handedBack.reason(), clock.instant()));
        if (beforeDischarge) {
            process.homeCareHandedBack(referral.id());
        }
        String reason = handedBack.reason().length() > 3000 ? handedBack.reason().substring(0, 3000) + "…"
                : handedBack.reason();
        escalations.raise(referral.id(), EscalationKind.PACKAGE_HANDED_BACK, handedBack.providerCode()
                + " handed back the home-care package of " + referral.fullName() + " ("
                + referral.nhsNumber().formatted() + "): " + reason
                + (beforeDischarge ? ". The person is waiting for home care again." : ". The person is at home."));
    }

    /** What a provider needs to know to decide on an offer: the MDT's account of the care, never who the person is. */
    private static String needsOf(Referral referral) {
        String needs = (referral.infectionPositive() ? "Infection-positive. " : "") + referral.triageRationale();
        return needs.length() > 4000 ? needs.substring(0, 4000) : needs;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral discharge(String id, Discharge command) {
        Referral referral = referral(id);
        checks.valid(command);
        notInFuture(command.dischargedOn(), "dischargedOn", "a discharge");
        if (command.dischargedOn().isBefore(referral.dateOfBirth())) {
            throw InvalidInputException.of("dischargedOn", "a discharge cannot be before the date of birth");
        }
        change(referral, r -> r.discharge(command.dischargedOn(), clock.instant()));
        if (referral.allocation() != null && referral.allocation().bedCode() != null) {
            bedBase.occupy(id);
        }
        if (!referral.pathway().funded()) {
            process.discharged(id, clock.instant().plus(Duration.ofHours(72)), null, null);
        } else {
            FundedPeriod period = fundedPeriod(command.dischargedOn());
            process.discharged(id, null, startOf(period.firstDayAfter()),
                    startOf(period.assessmentDueOn(assessmentDueBefore)));
        }
        return referral;
    }

    /** One decision per episode: it ends the funded period on its date; a later correction is an amendment. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral decideFunding(String id, Decision command) {
        Referral referral = referral(id);
        checks.valid(command);
        notInFuture(command.decidedOn(), "decidedOn", "a decision");
        change(referral, r -> r.decideFunding(command.outcome(), command.decidedOn(), command.rationale().trim(),
                command.isFastTrack(), clock.instant()));
        process.fundingDecided(id);
        return referral;
    }

    /** Corrects a recorded decision, keeping the one it replaces and the reason; the recharge follows the new one. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral amendFundingDecision(String id, Amendment command) {
        Referral referral = referral(id);
        checks.valid(command);
        notInFuture(command.decidedOn(), "decidedOn", "a decision");
        FundingAmendment amendment = referral.by(CurrentUser.name()).amendFundingDecision(command.outcome(),
                command.decidedOn(), command.rationale().trim(), command.isFastTrack(), command.reason().trim(),
                clock.instant());
        save(referral);
        amendments.save(amendment);
        return referral;
    }

    /** The assessment booked or completed during the funded period; completing it ends the assessment work. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral recordAssessment(String id, AssessmentUpdate command) {
        Referral referral = referral(id);
        checks.valid(command);
        change(referral, r -> r.recordAssessment(command.status(), command.note().trim(), clock.instant()));
        process.assessmentRecorded(id, command.status() == AssessmentStatus.COMPLETED);
        return referral;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral close(String id, Close command) {
        Referral referral = referral(id);
        checks.valid(command);
        notInFuture(command.closedOn(), "closedOn", "a close");
        change(referral, r -> r.close(command.closedOn(), command.outcome(), clock.instant()));
        bedBase.release(id);
        process.closed(id);
        return referral;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral cancel(String id, Cancel command) {
        Referral referral = referral(id);
        checks.valid(command);
        change(referral, r -> r.cancel(command.reason().trim(), clock.instant()));
        bedBase.release(id);
        homeCare.releaseFor(id, "Referral cancelled: " + command.reason().trim());
        process.cancelled(id);
        return referral;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral changeDelayReason(String id, DelayReasonChange command) {
        Referral referral = referral(id);
        checks.valid(command);
        String code = command.code() == null || command.code().isBlank() ? null : command.code().trim();
        DelayReason reason = code == null ? null : delayReasons.findById(code)
                .filter(DelayReason::active)
                .orElseThrow(() -> InvalidInputException.of("code", "no delay reason has the code " + command.code()));
        change(referral, r -> r.delayedBecause(code, reason == null ? null : reason.label(), clock.instant()));
        return referral;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral recordSafeAndWellCall(String id, String outcome) {
        Referral referral = referral(id);
        if (outcome == null || outcome.isBlank() || outcome.length() > 4000) {
            throw InvalidInputException.of("outcome", "say how the call went, in at most 4000 characters");
        }
        referral.require(ReferralAction.RECORD_SAFE_AND_WELL_CALL);
        if (!process.position(id).contains("Safe and well call (optional)")) {
            throw new ConflictException("No safe-and-well call is due for this referral");
        }
        change(referral, r -> r.safeAndWellCallMade(outcome.trim(), clock.instant()));
        process.safeAndWellCallMade(id);
        return referral;
    }

    /** Called by the process when one of its timers says the hub manager must know. */
    @Transactional
    public void escalate(String id, EscalationKind kind) {
        Referral referral = referral(id);
        String detail = switch (kind) {
            case TRIAGE_OVERDUE -> referral.fullName() + " (" + referral.nhsNumber().formatted()
                    + ") has waited for MDT triage since " + referral.createdAt();
            case DISCHARGE_DELAYED -> referral.fullName() + " (" + referral.nhsNumber().formatted()
                    + ") was ready to leave at " + referral.readyToLeaveAt() + " and is still " + referral.status().label();
            case NO_BED -> noBedDetail(referral);
            case FUNDED_PERIOD_ENDED -> referral.fullName() + " (" + referral.nhsNumber().formatted()
                    + "): the funded period ended on " + fundedPeriod(referral.dischargedOn()).lastDay()
                    + " with no funding decision; the NHS no longer pays, so someone must decide now";
            default -> referral.fullName() + ": " + kind.label();
        };
        escalations.raise(id, kind, detail);
        change(referral.by("system"), r -> r.note("ESCALATED", kind.label(), clock.instant()));
    }

    private String noBedDetail(Referral referral) {
        BedType type = referral.requirement().bedType();
        BedOptions options = bedBase.options(type, referral.infectionPositive(), referral.localityId());
        String who = referral.fullName() + " (" + referral.nhsNumber().formatted() + ")";
        if (options.whyNone() == null) {
            return options.candidates().size() + " " + type.name().replace('_', ' ').toLowerCase()
                    + " beds fit " + who + " but none has been reserved";
        }
        return "No " + type.name().replace('_', ' ').toLowerCase() + " bed fits " + who + ": " + options.whyNone();
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral get(String id) {
        return viewed(RECORD, referral(id));
    }

    /** The whole record of one referral, read once and audited as one view. */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public ReferralRecord record(String id) {
        return recordOf(viewed(RECORD, referral(id)));
    }

    /**
     * The whole record of a referral the caller has just changed, as the answer to that change shows it. It writes no
     * view of its own: the change's audit row already says who touched the record and when.
     */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public ReferralRecord recordAfterChange(Referral changed) {
        return recordOf(changed);
    }

    private ReferralRecord recordOf(Referral referral) {
        return new ReferralRecord(referral, directory.localityCode(referral.localityId()),
                referral.dischargedOn() == null ? null : fundedPeriodEnd(referral.dischargedOn()),
                events.findByReferralIdOrderByAtAscIdAsc(referral.id()),
                amendments.findByReferralIdOrderByAmendedAtAscIdAsc(referral.id()));
    }

    /**
     * Referrals with this status and pathway (either may be null: any), oldest first: every one, or one page of them
     * with the number of all that match. Only the people returned are logged as seen.
     */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Page<Referral> list(ReferralStatus status, Pathway pathway, Pageable page) {
        Page<Referral> found = referrals.list(status, pathway, page);
        viewed(found.getContent());
        return found;
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<Referral> withStatus(Collection<ReferralStatus> statuses) {
        return viewed(referrals.findByStatusInOrderByCreatedAtAsc(statuses));
    }

    /** Open referrals matching a search on NHS number or name, for the hub board. */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<Referral> search(String text, Pathway pathway, String localityCode) {
        String term = text == null ? "" : text.replace(" ", "").toLowerCase(Locale.ROOT);
        Long localityId = localityCode == null ? null : directory.locality(localityCode).id();
        return viewed(referrals.findByStatusInOrderByCreatedAtAsc(ReferralStatus.OPEN).stream()
                .filter(r -> pathway == null || pathway == r.pathway())
                .filter(r -> localityId == null || localityId.equals(r.localityId()))
                .filter(r -> term.isEmpty() || r.nhsNumber().value().contains(term)
                        || (r.givenName() + r.familyName()).replace(" ", "").toLowerCase(Locale.ROOT).contains(term)
                        || r.fullName().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT).trim()))
                .toList());
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<ReferralEvent> history(String id) {
        viewed(RECORD, referral(id));
        return events.findByReferralIdOrderByAtAscIdAsc(id);
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<String> processPosition(String id) {
        viewed(RECORD, referral(id));
        return process.position(id);
    }

    public List<DelayReason> delayReasons() {
        return delayReasons.findByActiveTrueOrderByPosition();
    }

    /** Extends the list of delay reasons (the national categories are seeded); codes are never reused. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public DelayReason addDelayReason(ReferralCommands.NewDelayReason command) {
        checks.valid(command);
        String code = command.code().trim().toUpperCase(Locale.ROOT);
        if (delayReasons.existsById(code)) {
            throw new ConflictException("A delay reason with code " + code + " already exists");
        }
        int position = delayReasons.findAll().stream().mapToInt(DelayReason::position).max().orElse(0) + 10;
        return delayReasons.saveAndFlush(new DelayReason(code, command.label().trim(), position));
    }

    /** Takes a reason off the list for new choices; referrals that carry it keep it. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public DelayReason retireDelayReason(String code) {
        DelayReason reason = delayReasons.findById(code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("Delay reason", code));
        reason.retire();
        return delayReasons.saveAndFlush(reason);
    }

    public Map<Long, String> localityCodes() {
        return directory.localities().stream().collect(Collectors.toMap(Locality::id, Locality::code));
    }

    /** The last funded day of a placement discharged on the given day, by the scheme in force that day. */
    public LocalDate fundedPeriodEnd(LocalDate dischargedOn) {
        return fundedPeriod(dischargedOn).lastDay();
    }

    /** The funded period of a placement discharged on the given day, by the scheme in force that day. */
    public FundedPeriod fundedPeriod(LocalDate dischargedOn) {
        return FundedPeriod.of(dischargedOn, directory.fundedDaysFor(dischargedOn));
    }

    /** How long before the funded period ends the assessment falls due (a setting). */
    public Period assessmentDueBefore() {
        return assessmentDueBefore;
    }

    /** Inside a change the referral's row is locked first, so two changes to one person never interleave. */
    private Referral referral(String id) {
        String key = id == null ? "" : id;
        boolean changing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return (changing ? referrals.lockById(key) : referrals.findById(key))
                .orElseThrow(() -> new NotFoundException("Referral", id));
    }

    /** Capacity options are asked for only once the pathway says which kind of capacity the person needs. */
    private static void requireNeed(Referral referral, Predicate<Pathway> needs, String what) {
        if (referral.pathway() == null) {
            throw new ConflictException("Triage the referral first");
        }
        if (!needs.test(referral.pathway())) {
            throw new ConflictException("Pathway " + referral.pathway().number() + " does not need " + what);
        }
    }

    private static Requirement requirementFrom(Pathway pathway, Triage command) {
        new Violations()
                .check(pathway.needsBed() && command.bedType() == null, "bedType", "pathways 2 and 3 need a bed type")
                .check(pathway.needsHomeCare() && command.hoursPerWeek() == null, "hoursPerWeek",
                        "pathway 1 needs the hours of care per week")
                .check(pathway.needsHomeCare() && command.startDate() == null, "startDate",
                        "pathway 1 needs a start date")
                .throwIfAny();
        if (pathway.needsBed()) {
            return new Requirement(command.bedType(), null, null);
        }
        return pathway.needsHomeCare() ? new Requirement(null, command.hoursPerWeek(), command.startDate())
                : new Requirement(null, null, null);
    }

    private void change(Referral referral, Consumer<Referral> transition) {
        transition.accept(referral.by(CurrentUser.name()));
        save(referral);
    }

    /** Every change to a referral passes here: its history, its audit row and the news of it, in one transaction. */
    private void save(Referral referral) {
        referrals.save(referral);
        List<ReferralEvent> drained = referral.drainEvents();
        events.saveAll(drained);
        String action = drained.stream().map(e -> "RECEIVED".equals(e.action()) ? AuditService.CREATE : e.action())
                .collect(Collectors.joining("+"));
        audit.changed(action.length() > 40 ? action.substring(0, 40) : action, RECORD, subject(referral),
                drained.stream().map(ReferralEvent::detail).collect(Collectors.joining("; ")));
        publisher.publishEvent(new ReferralChanged(referral.id(), referral.status()));
    }

    private Referral viewed(String recordType, Referral referral) {
        audit.viewed(recordType, subject(referral));
        return referral;
    }

    private List<Referral> viewed(List<Referral> shown) {
        audit.viewed(LIST, shown.stream().map(ReferralService::subject).toList());
        return shown;
    }

    private static AuditSubject subject(Referral referral) {
        return new AuditSubject(referral.id(), referral.nhsNumber().value());
    }

    private void notInFuture(LocalDate date, String field, String what) {
        if (date.isAfter(today())) {
            throw InvalidInputException.of(field, what + " cannot be dated in the future");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
