package org.dischargehub.dashboard;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import org.dischargehub.dashboard.Kpis.Capacity;
import org.dischargehub.dashboard.Kpis.DayCount;
import org.dischargehub.dashboard.Kpis.Flow;
import org.dischargehub.dashboard.Kpis.FollowUp;
import org.dischargehub.dashboard.Kpis.FundedPeriod;
import org.dischargehub.dashboard.Kpis.LongTermWait;
import org.dischargehub.dashboard.Kpis.LongTermWaits;
import org.dischargehub.dashboard.Kpis.MonthTotal;
import org.dischargehub.dashboard.Kpis.OutcomeCount;
import org.dischargehub.dashboard.Kpis.Outcomes;
import org.dischargehub.dashboard.Kpis.PathwayShare;
import org.dischargehub.dashboard.Kpis.ReadyToDischarge;
import org.dischargehub.dashboard.Kpis.ReasonCount;
import org.dischargehub.dashboard.Kpis.StayLength;
import org.dischargehub.dashboard.Kpis.StillAtHome;
import org.dischargehub.dashboard.Kpis.TriageWait;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.SchemeCalendar;
import org.dischargehub.funding.FundingService;
import org.dischargehub.funding.TrackerFilter;
import org.dischargehub.homecare.HomeCareCapacityService;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.Role;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The performance dashboard and the daily situation report, read from the hub's own records. */
@Service
@Transactional(readOnly = true)
public class KpiService {

    /** Near the end of the funded period: at most this many funded days left after today. */
    public static final int NEAR_END_DAYS = 7;
    /** The reason a person waits when the funded period ended and nobody decided. */
    static final String PERIOD_ENDED_NO_DECISION = "PERIOD_ENDED_NO_DECISION";
    static final int QUERY_THREADS = 3;

    private final KpiQueries queries;
    private final CapacityKpiQueries capacity;
    private final FollowUpKpiQueries followUp;
    private final FundingService funding;
    private final HomeCareCapacityService homeCare;
    private final DirectoryService directory;
    private final Clock clock;
    /** Threads for the queries of one call of {@link #kpis}: a few, as they mostly wait on the database. */
    private final ExecutorService pool = Executors.newFixedThreadPool(QUERY_THREADS, daemons("kpi-query-"));

    KpiService(KpiQueries queries, CapacityKpiQueries capacity, FollowUpKpiQueries followUp, FundingService funding,
            HomeCareCapacityService homeCare, DirectoryService directory, Clock clock) {
        this.queries = queries;
        this.capacity = capacity;
        this.followUp = followUp;
        this.funding = funding;
        this.homeCare = homeCare;
        this.directory = directory;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Kpis kpis(KpiFilter filter) {
        requireKnown(filter.locality());
        LocalDate today = today();
        Parallel parallel = new Parallel();
        Supplier<Flow> flow = flow(parallel, filter, today);
        Supplier<Capacity> capacity = parallel.run(() -> capacity(filter, today));
        Supplier<FundedPeriod> fundedPeriod = fundedPeriod(parallel, filter, today);
        Supplier<Outcomes> outcomes = outcomes(parallel, filter, today);
        Supplier<FollowUp> followUps = parallel.run(() -> followUp.followUp(filter));
        return new Kpis(filter, today, flow.get(), capacity.get(), fundedPeriod.get(), outcomes.get(),
                followUps.get());
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    public Sitrep sitrep(LocalDate day, String locality) {
        KpiFilter filter = new KpiFilter(day, day, locality, null);
        requireKnown(filter.locality());
        List<DayCount> received = queries.referralsPerDay(filter);
        List<ReasonCount> delayed = queries.delayedDaysByReason(filter, today());
        return new Sitrep(day, filter.locality(), Sitrep.byPathway(received), Sitrep.dischargesByPathway(
                queries.readyToDischarge(filter)), people(queries.pastReadyDateByReason(filter, endOf(day))), delayed,
                queries.readyDatesReset(filter));
    }

    /** The moment a day's situation report stands for: the end of the day, or now while the day is not over. */
    private Instant endOf(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant now = clock.instant();
        return end.isBefore(now) ? end : now;
    }

    private static int people(List<ReasonCount> byReason) {
        return byReason.stream().mapToInt(ReasonCount::count).sum();
    }

    private Supplier<Flow> flow(Parallel parallel, KpiFilter filter, LocalDate today) {
        Supplier<List<DayCount>> perDay = parallel.run(() -> queries.referralsPerDay(filter));
        Supplier<List<ReasonCount>> delayedNow = parallel.run(() -> queries.pastReadyDateByReason(filter,
                clock.instant()));
        Supplier<List<ReadyToDischarge>> ready = parallel.run(() -> queries.readyToDischarge(filter));
        Supplier<List<ReasonCount>> delayedDays = parallel.run(() -> queries.delayedDaysByReason(filter, today));
        Supplier<TriageWait> triageWait = parallel.run(() -> queries.triageWait(filter));
        return () -> {
            int[] byPathway = new int[4];
            perDay.get().stream().filter(d -> d.pathway() != null).forEach(d -> byPathway[d.pathway()] += d.referrals());
            int triaged = byPathway[0] + byPathway[1] + byPathway[2] + byPathway[3];
            List<PathwayShare> shares = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                shares.add(new PathwayShare(p, byPathway[p], triaged == 0 ? 0 : 100.0 * byPathway[p] / triaged,
                        Kpis.NATIONAL_SHARE_PERCENT.get(p)));
            }
            return new Flow(perDay.get(), shares, ready.get(),
                    people(delayedNow.get()), delayedNow.get(),
                    delayedDays.get(), triageWait.get());
        };
    }

    private Capacity capacity(KpiFilter filter, LocalDate today) {
        return new Capacity(capacity.beds(filter), capacity.homeCare(filter, today),
                capacity.staleProviders(filter, today, clock.instant().minus(homeCare.staleAfter())),
                capacity.reservationDeclines(filter));
    }

    private Supplier<FundedPeriod> fundedPeriod(Parallel parallel, KpiFilter filter, LocalDate today) {
        Supplier<FundingService.TrackerCounts> tracker = parallel.run(() -> funding.trackerCounts(
                new TrackerFilter(filter.pathway(), filter.locality(), null, null, false), NEAR_END_DAYS));
        Supplier<List<StayLength>> lengthOfStay = parallel.run(() -> queries.lengthOfStay(filter));
        LocalDate asOf = filter.to().isBefore(today) ? filter.to() : today;
        Supplier<List<LongTermWait>> waits = parallel.run(() -> waitingForLongTermCare(filter, asOf));
        return () -> {
            FundingService.TrackerCounts counts = tracker.get();
            return new FundedPeriod(counts.inPeriod(), counts.nearEnd(), counts.pastEnd(), lengthOfStay.get(),
                    new LongTermWaits(asOf, waits.get().stream().mapToInt(LongTermWait::people).sum(), waits.get()));
        };
    }

    /**
     * Reablement finished but the episode open on {@code asOf}, by reason: a funding outcome that needs ongoing care
     * (days since the decision), or no decision and the funded period over (days since its last funded day).
     */
    private List<LongTermWait> waitingForLongTermCare(KpiFilter filter, LocalDate asOf) {
        SchemeCalendar schemes = directory.schemeCalendar();
        Map<String, List<Long>> daysByReason = new HashMap<>();
        for (KpiQueries.HomeCareEpisode episode : queries.homeCareNotClosed(filter, asOf)) {
            boolean decided = episode.decidedOn() != null;
            LocalDate since = decided ? episode.decidedOn()
                    : org.dischargehub.funding.FundedPeriod.of(episode.dischargedOn(), schemes).lastDay();
            long days = ChronoUnit.DAYS.between(since, asOf);
            if (decided || days > 0) {
                daysByReason.computeIfAbsent(decided ? episode.outcome() : PERIOD_ENDED_NO_DECISION,
                        reason -> new ArrayList<>()).add(days);
            }
        }
        return daysByReason.entrySet().stream()
                .map(e -> new LongTermWait(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToLong(Long::longValue).average().orElse(0),
                        (int) e.getValue().stream().mapToLong(Long::longValue).max().orElse(0)))
                .sorted(Comparator.comparing(LongTermWait::people).reversed().thenComparing(LongTermWait::reason))
                .toList();
    }

    private Supplier<Outcomes> outcomes(Parallel parallel, KpiFilter filter, LocalDate today) {
        Supplier<KpiQueries.DischargeCohort> cohorts = parallel.run(() -> queries.dischargeCohort(filter));
        Supplier<List<OutcomeCount>> closed = parallel.run(() -> queries.closedByOutcome(filter));
        Supplier<List<OutcomeCount>> decisions = parallel.run(() -> queries.fundingDecisions(filter));
        Supplier<List<MonthTotal>> recharges = parallel.run(() -> recharges(filter));
        Supplier<StillAtHome> stillAtHome = parallel.run(() -> queries.stillAtHome91Days(filter, today));
        return () -> {
            KpiQueries.DischargeCohort cohort = cohorts.get();
            return new Outcomes(closed.get(), cohort.discharged(), cohort.home(),
                    percent(cohort.home(), cohort.discharged()), cohort.readmittedWithin30Days(),
                    percent(cohort.readmittedWithin30Days(), cohort.discharged()), decisions.get(), recharges.get(),
                    stillAtHome.get());
        };
    }

    /** The county's monthly statements, narrowed to the filter's placements; managers only, like the statement. */
    private List<MonthTotal> recharges(KpiFilter filter) {
        if (!CurrentUser.hasRole(Role.MANAGER)) {
            return List.of();
        }
        boolean narrowed = filter.locality() != null || filter.pathway() != null;
        Set<String> placements = narrowed ? queries.placementsIn(filter) : null;
        List<MonthTotal> totals = new ArrayList<>();
        funding.statementTotals(YearMonth.from(filter.from()), YearMonth.from(filter.to()),
                narrowed ? placements::contains : null)
                .forEach((month, total) -> totals.add(new MonthTotal(month, total)));
        return totals;
    }

    private void requireKnown(String locality) {
        if (locality != null) {
            directory.localityNamedIn("locality", locality);
        }
    }

    /** {@code part} as a per cent of {@code whole}; null when there is no whole. */
    static Double percent(int part, int whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    /**
     * Runs the dashboard's independent queries side by side, each on its own pooled connection and as the calling
     * user. The figures are as consistent as before: under READ COMMITTED each statement saw its own snapshot anyway.
     */
    private final class Parallel {

        private final Executor asCaller = new DelegatingSecurityContextExecutor(pool);

        <T> Supplier<T> run(Supplier<T> task) {
            CompletableFuture<T> future = CompletableFuture.supplyAsync(task, asCaller);
            return () -> {
                try {
                    return future.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException cause) {
                        throw cause;
                    }
                    throw e;
                }
            };
        }
    }

    private static ThreadFactory daemons(String prefix) {
        CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
        factory.setDaemon(true);
        return factory;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
