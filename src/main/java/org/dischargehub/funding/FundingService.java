package org.dischargehub.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.SchemeCalendar;
import org.dischargehub.funding.FundingCommands.Amendment;
import org.dischargehub.funding.FundingCommands.AssessmentUpdate;
import org.dischargehub.funding.FundingCommands.Decision;
import org.dischargehub.funding.FundingQueries.TrackedPlacement;
import org.dischargehub.funding.TrackerRow.Urgency;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money and the clock of the funded D2A period: the monthly recharge to health, computed from the current facts
 * every time it is asked for, the tracker of everyone in a funded period, and the decisions and assessments that end
 * it (the referral module keeps each episode and moves it on: {@link FundedPlacements}).
 */
@Service
@Transactional(readOnly = true)
public class FundingService {

    private static final String STATEMENT = "RECHARGE_STATEMENT";

    private final FundingQueries queries;
    private final FundingAmendments amendments;
    private final FundedPlacements placements;
    private final DirectoryService directory;
    private final Checks checks;
    private final Clock clock;
    private final AuditService audit;
    private final Period assessmentDueBefore;

    FundingService(FundingQueries queries, FundingAmendments amendments, FundedPlacements placements,
            DirectoryService directory, Checks checks, Clock clock, AuditService audit,
            @Value("${hub.funding.assessment-due-before:P14D}") Period assessmentDueBefore) {
        this.queries = queries;
        this.amendments = amendments;
        this.placements = placements;
        this.directory = directory;
        this.checks = checks;
        this.clock = clock;
        this.audit = audit;
        this.assessmentDueBefore = assessmentDueBefore;
    }

    /** One decision per episode: it ends the funded period on its date; a later correction is an amendment. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public FundingDecision decide(String referralId, Decision command) {
        placements.requireKnown(referralId);
        checks.valid(command);
        InvalidInputException.ifInFuture(command.decidedOn(), clock, "decidedOn", "a decision");
        FundingDecision decision = new FundingDecision(command.outcome(), command.decidedOn(),
                command.rationale().trim(), CurrentUser.name(), command.isFastTrack());
        placements.decided(referralId, decision);
        return decision;
    }

    /** Corrects a recorded decision, keeping the one it replaces and the reason; the recharge follows the new one. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public FundingAmendment amend(String referralId, Amendment command) {
        placements.requireKnown(referralId);
        checks.valid(command);
        InvalidInputException.ifInFuture(command.decidedOn(), clock, "decidedOn", "a decision");
        FundingDecision amended = new FundingDecision(command.outcome(), command.decidedOn(),
                command.rationale().trim(), CurrentUser.name(), command.isFastTrack());
        String reason = command.reason().trim();
        FundingDecision previous = placements.amended(referralId, amended, reason);
        return amendments.save(new FundingAmendment(referralId, clock.instant(), amended.decidedBy(), reason,
                previous, amended));
    }

    /** The assessment booked or completed during the funded period; completing it ends the assessment work. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public AssessmentStatus recordAssessment(String referralId, AssessmentUpdate command) {
        placements.requireKnown(referralId);
        checks.valid(command);
        placements.assessed(referralId, command.status(), command.note().trim());
        return command.status();
    }

    /** The corrections made to a placement's decision, oldest first. */
    public List<FundingAmendment> amendments(String referralId) {
        return amendments.findByReferralIdOrderByAmendedAtAscIdAsc(referralId);
    }

    /** The funded period of a placement discharged on the given day, by the scheme in force that day. */
    public FundedPeriod fundedPeriod(LocalDate dischargedOn) {
        return FundedPeriod.of(dischargedOn, directory.fundedDaysFor(dischargedOn));
    }

    /** The last funded day of a placement discharged on the given day, by the scheme in force that day. */
    public LocalDate fundedPeriodEnd(LocalDate dischargedOn) {
        return fundedPeriod(dischargedOn).lastDay();
    }

    /** A month as the API and the views name it: {@code 2026-11}. */
    public static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "a month is written like 2026-11");
        }
    }

    /** The month's statement to read: each person on it is logged as seen. */
    @PreAuthorize("hasRole('MANAGER')")
    public RechargeStatement statement(YearMonth month) {
        RechargeStatement statement = compute(month);
        audit.viewed(STATEMENT, people(statement));
        return statement;
    }

    /** The month's statement leaving the hub (its CSV): each person on it is logged as exported. */
    @PreAuthorize("hasRole('MANAGER')")
    public RechargeStatement exportStatement(YearMonth month) {
        RechargeStatement statement = compute(month);
        audit.exported(STATEMENT, month.toString(), people(statement), statement.csvFileName());
        return statement;
    }

    /**
     * The totals of the statements of the months from {@code first} to {@code last}, each exactly the statement's
     * total, or with {@code only} the sum of the lines of the placements it names ({@link BigDecimal#ZERO} for a month
     * without any); without building and sorting every month's lines.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public Map<YearMonth, BigDecimal> statementTotals(YearMonth first, YearMonth last, Predicate<String> only) {
        return new RechargeRule(directory.schemeCalendar()).totals(first, last,
                queries.placements(first.atDay(1), last.atEndOfMonth()),
                only == null ? p -> true : p -> only.test(p.referralId()),
                only == null ? BigDecimal.ZERO.setScale(2) : BigDecimal.ZERO);
    }

    /** Everyone in a funded period: past the end without a decision first, then the nearest end first. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<TrackerRow> tracker(TrackerFilter filter) {
        List<TrackerRow> rows = trackerRows(filter);
        audit.viewed("D2A_TRACKER", rows.stream().map(r -> new AuditSubject(r.referralId(), r.nhsNumber())).toList());
        return rows;
    }

    /** How many people are in their funded period, near its end and past it: figures that show no one. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public TrackerCounts trackerCounts(TrackerFilter filter, int nearEndDays) {
        LocalDate today = LocalDate.now(clock);
        List<TrackerRow> rows = trackerRows(filter);
        int pastEnd = (int) rows.stream().filter(r -> r.period().endedBefore(today)).count();
        int nearEnd = (int) rows.stream().filter(r -> !r.period().endedBefore(today) && r.daysLeft() <= nearEndDays)
                .count();
        return new TrackerCounts(rows.size() - pastEnd, nearEnd, pastEnd);
    }

    public record TrackerCounts(int inPeriod, int nearEnd, int pastEnd) {
    }

    private RechargeStatement compute(YearMonth month) {
        return new RechargeRule(directory.schemeCalendar())
                .statement(month, queries.placements(month.atDay(1), month.atEndOfMonth()));
    }

    private static List<AuditSubject> people(RechargeStatement statement) {
        return statement.lines().stream().map(l -> new AuditSubject(l.referralId(), l.nhsNumber())).toList();
    }

    private List<TrackerRow> trackerRows(TrackerFilter filter) {
        SchemeCalendar schemes = directory.schemeCalendar();
        Period dueBefore = assessmentDueBefore;
        LocalDate today = LocalDate.now(clock);
        return queries.tracked(filter).stream()
                .map(p -> row(p, FundedPeriod.of(p.dischargedOn(), schemes), dueBefore, today))
                .sorted(Comparator.comparing(TrackerRow::urgency).thenComparing(TrackerRow::daysLeft)
                        .thenComparing(TrackerRow::nhsNumber))
                .toList();
    }

    /** How long before the funded period ends the assessment falls due (a setting). */
    public Period assessmentDueBefore() {
        return assessmentDueBefore;
    }

    private static TrackerRow row(TrackedPlacement p, FundedPeriod period, Period dueBefore, LocalDate today) {
        LocalDate assessmentDue = period.assessmentDueOn(dueBefore);
        Urgency urgency;
        if (p.decision() != null) {
            urgency = Urgency.DECIDED;
        } else if (period.endedBefore(today)) {
            urgency = Urgency.PAST_END;
        } else if (!today.isBefore(assessmentDue)) {
            urgency = Urgency.NEAR_END;
        } else {
            urgency = Urgency.ON_TRACK;
        }
        return new TrackerRow(p.referralId(), p.nhsNumber(), p.name(), p.pathway(), p.locality(), p.providerCode(),
                p.settingCode(), p.settingName(), period, period.dayOn(today), period.daysLeftAfter(today),
                p.assessmentStatus(), assessmentDue, p.decision(), p.rate(), urgency);
    }
}
