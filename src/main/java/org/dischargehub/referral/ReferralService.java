package org.dischargehub.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.funding.FundedPeriod;
import org.dischargehub.funding.FundingService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.referral.ReferralCommands.Cancel;
import org.dischargehub.referral.ReferralCommands.Close;
import org.dischargehub.referral.ReferralCommands.DelayReasonChange;
import org.dischargehub.referral.ReferralCommands.Discharge;
import org.dischargehub.referral.ReferralCommands.NewReadyDate;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.referral.ReferralCommands.Triage;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.Pathway;
import org.dischargehub.shared.Violations;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals from "ready to leave" to closure: the one place their rules live, used by the views, the API and the
 * process alike. Each change and the matching process step commit in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReferralService {

    private final ReferralStore store;
    private final DelayReasonService delayReasons;
    private final ReferralProcess process;
    private final DirectoryService directory;
    private final BedBaseService bedBase;
    private final HomeCareService homeCare;
    private final Checks checks;
    private final Clock clock;
    private final EscalationTimers timings;
    private final FundingService funding;
    private final ReadyDateChanges readyDateChanges;
    private final PlausibleDates dates;
    private final BoardQueries board;

    ReferralService(ReferralStore store, DelayReasonService delayReasons, ReferralProcess process,
            DirectoryService directory, BedBaseService bedBase, HomeCareService homeCare, Checks checks, Clock clock,
            EscalationTimers timings, FundingService funding, ReadyDateChanges readyDateChanges, BoardQueries board) {
        this.readyDateChanges = readyDateChanges;
        this.board = board;
        this.store = store;
        this.delayReasons = delayReasons;
        this.process = process;
        this.directory = directory;
        this.bedBase = bedBase;
        this.homeCare = homeCare;
        this.checks = checks;
        this.clock = clock;
        this.timings = timings;
        this.funding = funding;
        this.dates = new PlausibleDates(clock);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral receive(NewReferral command) {
        return receive(command, null).referral();
    }

    /** From another system: a resend with an identifier already received answers that referral and changes nothing. */
    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Received receive(NewReferral command, SenderReference sender) {
        Optional<Referral> known = sender == null ? Optional.empty() : store.sentAs(sender);
        if (known.isPresent()) {
            return new Received(store.viewed(ReferralStore.RECORD, known.get()), false);
        }
        checks.valid(command);
        dates.readyDateChecks(dates.birthChecks(new Violations(), command.dateOfBirth()), command.readyToLeaveAt(),
                command.dateOfBirth()).throwIfAny();
        Locality locality = directory.localityNamedIn("locality", command.locality());
        Referral referral = Referral.receive(command, locality.id(), sender, clock.instant(), CurrentUser.name());
        store.saveNew(referral);
        process.start(referral.id(), timings.forReadyAt(command.readyToLeaveAt()));
        return new Received(referral, true);
    }

    @Transactional
    @PreAuthorize("hasRole('MDT')")
    public Referral triage(String id, Triage command) {
        Referral referral = store.find(id);
        checks.valid(command);
        Pathway pathway = Pathway.of(command.pathway());
        Requirement requirement = Requirement.forTriage(pathway, command);
        boolean again = referral.status() != ReferralStatus.AWAITING_TRIAGE;
        store.change(referral, r -> r.triage(pathway, requirement, command.rationale().trim(), clock.instant()));
        if (again) {
            bedBase.release(id);
            homeCare.releaseFor(id, "The MDT re-triaged the person: " + command.rationale().trim());
            process.replanned(id, pathway);
        } else {
            process.triaged(id, pathway);
        }
        return referral;
    }

    /** The MDT moves the discharge ready date before discharge; the delay and its escalation count from the new one. */
    @Transactional
    @PreAuthorize("hasRole('MDT')")
    public Referral changeReadyDate(String id, NewReadyDate command) {
        Referral referral = store.find(id);
        checks.valid(command);
        Instant previous = referral.stay().readyToLeaveAt();
        dates.readyDateChecks(new Violations(), command.readyToLeaveAt(), referral.patient().dateOfBirth())
                .check(command.readyToLeaveAt().equals(previous), "readyToLeaveAt",
                        "this is the discharge ready date already recorded")
                .throwIfAny();
        String reason = command.reason().trim();
        Instant now = clock.instant();
        store.change(referral, r -> r.readyDateReset(command.readyToLeaveAt(), reason, now));
        readyDateChanges.save(new ReadyDateChange(id, previous, command.readyToLeaveAt(), reason, now,
                CurrentUser.name()));
        process.readyDateReset(id, timings.forReadyAt(command.readyToLeaveAt()).dischargeEscalationAt());
        return referral;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral discharge(String id, Discharge command) {
        Referral referral = store.find(id);
        checks.valid(command);
        InvalidInputException.ifInFuture(command.dischargedOn(), clock, "dischargedOn", "a discharge");
        if (command.dischargedOn().isBefore(referral.patient().dateOfBirth())) {
            throw InvalidInputException.of("dischargedOn", "a discharge cannot be before the date of birth");
        }
        store.change(referral, r -> r.discharge(command.dischargedOn(), clock.instant()));
        if (referral.allocation() != null && referral.allocation().bedCode() != null) {
            bedBase.occupy(id);
        }
        if (!referral.pathway().funded()) {
            process.discharged(id, clock.instant().plus(Duration.ofHours(72)), null, null);
        } else {
            FundedPeriod period = funding.fundedPeriod(command.dischargedOn());
            process.discharged(id, null, dates.startOf(period.firstDayAfter()),
                    dates.startOf(period.assessmentDueOn(funding.assessmentDueBefore())));
        }
        return referral;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral close(String id, Close command) {
        Referral referral = store.find(id);
        checks.valid(command);
        InvalidInputException.ifInFuture(command.closedOn(), clock, "closedOn", "a close");
        store.change(referral, r -> r.close(command.closedOn(), command.outcome(), clock.instant()));
        bedBase.release(id);
        process.closed(id);
        return referral;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral cancel(String id, Cancel command) {
        Referral referral = store.find(id);
        checks.valid(command);
        store.change(referral, r -> r.cancel(command.reason().trim(), clock.instant()));
        bedBase.release(id);
        homeCare.releaseFor(id, "Referral cancelled: " + command.reason().trim());
        process.cancelled(id);
        return referral;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral changeDelayReason(String id, DelayReasonChange command) {
        Referral referral = store.find(id);
        checks.valid(command);
        String code = command.code() == null || command.code().isBlank() ? null : command.code().trim();
        DelayReason reason = code == null ? null : delayReasons.chosen(command.code());
        store.change(referral, r -> r.delayedBecause(code, reason == null ? null : reason.label(), clock.instant()));
        return referral;
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Referral get(String id) {
        return store.viewed(ReferralStore.RECORD, store.find(id));
    }

    /** The whole record of one referral, read once and audited as one view. */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public ReferralRecord record(String id) {
        return recordOf(store.viewed(ReferralStore.RECORD, store.find(id)));
    }

    /**
     * The whole record of a referral the caller has just changed, as the answer to that change shows it. It writes no
     * view of its own: the change's audit row already says who touched the record and when.
     */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public ReferralRecord recordAfterChange(Referral changed) {
        return recordOf(changed);
    }

    /** As {@link #recordAfterChange(Referral)}, for a change another module made (a funding decision). */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public ReferralRecord recordAfterChange(String id) {
        return recordOf(store.find(id));
    }

    private ReferralRecord recordOf(Referral referral) {
        return new ReferralRecord(referral, directory.localityCode(referral.stay().localityId()),
                referral.dischargedOn() == null ? null : funding.fundedPeriodEnd(referral.dischargedOn()),
                store.history(referral.id()),
                funding.amendments(referral.id()), store.previousReferralIds(referral));
    }

    /**
     * Referrals with this status and pathway (either may be null: any), oldest first: every one, or one page of them
     * with the number of all that match. Only the people returned are logged as seen.
     */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Page<Referral> list(ReferralStatus status, Pathway pathway, Pageable page) {
        Page<Referral> found = store.list(status, pathway, page);
        store.viewed(found.getContent());
        return found;
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<Referral> withStatus(Collection<ReferralStatus> statuses) {
        return store.viewed(store.inStatus(statuses));
    }

    /** One page of the MDT's worklist, re-triage first; only the people on the page are logged as seen. */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<Referral> triageWorklist(String text, int offset, int limit) {
        return store.viewed(board.worklist(text, offset, limit));
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public long triageWorklistCount(String text) {
        return board.worklistCount(text);
    }

    /**
     * One page of the hub board: the open referrals the filter leaves, in the order asked for and then the most urgent
     * first by the hub's date. Only the people on the page are logged as seen.
     */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<Referral> board(BoardFilter filter, List<BoardSort> sorts, int offset, int limit) {
        return store.viewed(board.page(filter, sorts, LocalDate.now(clock), clock.getZone(), offset, limit));
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public long boardCount(BoardFilter filter) {
        return board.count(filter);
    }

    /** The board's counts: how many the filter leaves in each open status, whatever status it names. */
    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public Map<ReferralStatus, Long> boardCountsByStatus(BoardFilter filter) {
        return board.countsByStatus(filter.anyStatus());
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<ReferralEvent> history(String id) {
        store.viewed(ReferralStore.RECORD, store.find(id));
        return store.history(id);
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public boolean safeAndWellCallDue(String id) {
        return process.safeAndWellCallDue(id);
    }

    @PreAuthorize("hasAnyRole('MDT', 'COORDINATOR')")
    public List<String> processPosition(String id) {
        store.viewed(ReferralStore.RECORD, store.find(id));
        return process.position(id);
    }

    public Map<Long, String> localityCodes() {
        return directory.localities().stream().collect(Collectors.toMap(Locality::id, Locality::code));
    }
}
