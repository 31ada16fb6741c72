package org.dischargehub.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dischargehub.dashboard.Kpis.Capacity;
import org.dischargehub.dashboard.Kpis.DayCount;
import org.dischargehub.dashboard.Kpis.Flow;
import org.dischargehub.dashboard.Kpis.FundedPeriod;
import org.dischargehub.dashboard.Kpis.LongTermWait;
import org.dischargehub.dashboard.Kpis.LongTermWaits;
import org.dischargehub.dashboard.Kpis.MonthTotal;
import org.dischargehub.dashboard.Kpis.Outcomes;
import org.dischargehub.dashboard.Kpis.PathwayShare;
import org.dischargehub.dashboard.Kpis.ReasonCount;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.FundingScheme;
import org.dischargehub.funding.FundingService;
import org.dischargehub.funding.TrackerFilter;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The performance dashboard and the daily situation report, read from the hub's own records. */
@Service
@Transactional(readOnly = true)
public class KpiService {

    /** Near the end of the funded period: at most this many funded days left after today. */
    public static final int NEAR_END_DAYS = 7;

    private final KpiQueries queries;
    private final FundingService funding;
    private final HomeCareService homeCare;
    private final DirectoryService directory;
    private final Clock clock;

    KpiService(KpiQueries queries, FundingService funding, HomeCareService homeCare, DirectoryService directory,
            Clock clock) {
        this.queries = queries;
        this.funding = funding;
        this.homeCare = homeCare;
        this.directory = directory;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public Kpis kpis(KpiFilter filter) {
        requireKnown(filter.locality());
        LocalDate today = today();
        return new Kpis(filter, today, flow(filter, today), capacity(filter, today), fundedPeriod(filter, today),
                outcomes(filter, today));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public Sitrep sitrep(LocalDate day, String locality) {
        KpiFilter filter = new KpiFilter(day, day, locality, null);
        requireKnown(filter.locality());
        List<DayCount> received = queries.referralsPerDay(filter);
        List<ReasonCount> delayed = queries.delayedDaysByReason(filter, today());
        return new Sitrep(day, filter.locality(), Sitrep.byPathway(received), Sitrep.dischargesByPathway(
                queries.readyToDischarge(filter)), delayed.stream().mapToInt(ReasonCount::count).sum(), delayed);
    }

    private Flow flow(KpiFilter filter, LocalDate today) {
        List<DayCount> perDay = queries.referralsPerDay(filter);
        int[] byPathway = new int[4];
        perDay.stream().filter(d -> d.pathway() != null).forEach(d -> byPathway[d.pathway()] += d.referrals());
        int triaged = byPathway[0] + byPathway[1] + byPathway[2] + byPathway[3];
        List<PathwayShare> shares = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            shares.add(new PathwayShare(p, byPathway[p], triaged == 0 ? 0 : 100.0 * byPathway[p] / triaged,
                    Kpis.NATIONAL_SHARE_PERCENT.get(p)));
        }
        List<ReasonCount> delayedNow = queries.delayedNowByReason(filter, today);
        return new Flow(perDay, shares, queries.readyToDischarge(filter),
                delayedNow.stream().mapToInt(ReasonCount::count).sum(), delayedNow,
                queries.delayedDaysByReason(filter, today), queries.triageWait(filter));
    }

    private Capacity capacity(KpiFilter filter, LocalDate today) {
        return new Capacity(queries.beds(filter), queries.homeCare(filter, today),
                queries.staleProviders(filter, today, clock.instant().minus(homeCare.staleAfter())));
    }

    private FundedPeriod fundedPeriod(KpiFilter filter, LocalDate today) {
        FundingService.TrackerCounts counts = funding.trackerCounts(new TrackerFilter(filter.pathway(),
                filter.locality(), null, null, false), NEAR_END_DAYS);
        LocalDate asOf = filter.to().isBefore(today) ? filter.to() : today;
        List<LongTermWait> waits = queries.waitingForLongTermCare(filter, asOf, FundingScheme.DEFAULT_FUNDED_DAYS);
        return new FundedPeriod(counts.inPeriod(), counts.nearEnd(), counts.pastEnd(), queries.lengthOfStay(filter),
                new LongTermWaits(asOf, waits.stream().mapToInt(LongTermWait::people).sum(), waits));
    }

    private Outcomes outcomes(KpiFilter filter, LocalDate today) {
        KpiQueries.DischargeCohort cohort = queries.dischargeCohort(filter);
        return new Outcomes(queries.closedByOutcome(filter), cohort.discharged(), cohort.home(),
                percent(cohort.home(), cohort.discharged()), cohort.readmittedWithin30Days(),
                percent(cohort.readmittedWithin30Days(), cohort.discharged()), queries.fundingDecisions(filter),
                recharges(filter), queries.stillAtHome91Days(filter, today));
    }

    /** The county's monthly statements, narrowed to the filter's placements; managers only, like the statement. */
    private List<MonthTotal> recharges(KpiFilter filter) {
        if (!CurrentUser.hasRole(Role.MANAGER)) {
            return List.of();
        }
        boolean narrowed = filter.locality() != null || filter.pathway() != null;
        Set<String> placements = narrowed ? queries.placementsIn(filter) : Set.of();
        return funding.rechargeTotals(YearMonth.from(filter.from()), YearMonth.from(filter.to()),
                narrowed ? placements : null).entrySet().stream()
                .map(month -> new MonthTotal(month.getKey(), month.getValue())).toList();
    }

    private void requireKnown(String locality) {
        if (locality != null) {
            directory.localityNamedIn("locality", locality);
        }
    }

    private static Double percent(int part, int whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
