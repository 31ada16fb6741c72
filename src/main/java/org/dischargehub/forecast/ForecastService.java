package org.dischargehub.forecast;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.CareSetting;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The winter planner, for coordinators and managers: reads the hub's records, builds the streams and runs the
 * Monte Carlo on its own threads, never the screens' or the requests' pool beyond waiting for the answer. A view
 * starts a run and watches its progress (and may cancel it); the API waits for the whole answer.
 */
@Service
public class ForecastService {

    private final HubHistory history;
    private final DirectoryService directory;
    private final BedBaseService bedBase;
    /** One read-only snapshot of the records for a forecast's inputs, let go before the run starts. */
    private final TransactionTemplate snapshot;
    private final Clock clock;
    private final ForecastInputs.Settings settings;
    private final int replications;
    private final int searchReplications;
    private final long seed;
    private final double costPerDelayedDay;
    private final ForecastEngine engine = new ForecastEngine();
    private final ExecutorService pool;
    /** Drives the searches for the fewest extra places, one at a time, each waiting on runs in {@link #pool}. */
    private final ExecutorService searches;

    ForecastService(HubHistory history, DirectoryService directory, BedBaseService bedBase,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${hub.forecast.weeks-read:12}") int weeksRead,
            @Value("${hub.forecast.target-days.beds:2}") double bedTargetDays,
            @Value("${hub.forecast.target-days.home-care:1}") double homeCareTargetDays,
            @Value("${hub.forecast.fallback-stay-days:42}") double fallbackStayDays,
            @Value("${hub.forecast.fallback-package-hours-per-week:10}") double fallbackPackageHours,
            @Value("${hub.forecast.replications:1000}") int replications,
            @Value("${hub.forecast.search-replications:200}") int searchReplications,
            @Value("${hub.forecast.seed:20261204}") long seed,
            @Value("${hub.forecast.cost-per-delayed-day:395}") double costPerDelayedDay,
            @Value("${hub.forecast.threads:2}") int threads) {
        this.history = history;
        this.directory = directory;
        this.bedBase = bedBase;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
        this.settings = new ForecastInputs.Settings(weeksRead, bedTargetDays, homeCareTargetDays, fallbackStayDays,
                fallbackPackageHours, HomeCareSupply.Rules.DEFAULT);
        this.replications = replications;
        this.searchReplications = searchReplications;
        this.seed = seed;
        this.costPerDelayedDay = costPerDelayedDay;
        CustomizableThreadFactory factory = new CustomizableThreadFactory("forecast-");
        factory.setDaemon(true);
        factory.setThreadPriority(Thread.MIN_PRIORITY);
        this.pool = Executors.newFixedThreadPool(threads, factory);
        CustomizableThreadFactory searchFactory = new CustomizableThreadFactory("forecast-search-");
        searchFactory.setDaemon(true);
        this.searches = Executors.newSingleThreadExecutor(searchFactory);
    }

    /** The settings the planner reads the hub's records with (the back-test reads the past with them too). */
    ForecastInputs.Settings settings() {
        return settings;
    }

    /** The first day of a surge: next Monday (today when today is a Monday). */
    public LocalDate surgeStart() {
        return LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Starts a forecast: the run (its progress, and a way to cancel it) and the whole answer to come, which adds the
     * fewest extra places per stream once the run is done (none when it was cancelled).
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public Planning plan(ForecastAsk ask, ProgressListener progress) {
        Prepared prepared = prepare(ask);
        ForecastRun run = engine.start(prepared.request(), prepared.scenario(), pool, progress);
        CompletableFuture<ForecastAnswer> answer = run.result().thenApplyAsync(result -> new ForecastAnswer(result,
                prepared.request().streams(), prepared.scenario().surge().start(),
                result.cancelled() ? List.of() : fewestExtra(prepared), prepared.readings()), searches);
        return new Planning(run, answer);
    }

    /** The whole answer, waited for: the forecast and, per stream, the fewest extra places to meet its target. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public ForecastAnswer forecast(ForecastAsk ask) {
        return plan(ask, ProgressListener.NONE).answer().join();
    }

    /** A forecast under way: the run, and the answer it will give. */
    public record Planning(ForecastRun run, CompletableFuture<ForecastAnswer> answer) {
    }

    /** Per stream, the fewest extra places, searched with fewer replications (common random numbers keep it fair). */
    private List<CapacitySearch.Answer> fewestExtra(Prepared prepared) {
        CapacitySearch search = new CapacitySearch(engine);
        ForecastRequest quick = prepared.request().withReplications(searchReplications);
        List<CapacitySearch.Answer> answers = new ArrayList<>();
        for (StreamInputs stream : quick.streams()) {
            int most = Math.max(20, 4 * stream.capacity().places(0));
            answers.add(search.fewestExtra(quick, prepared.scenario(), stream.key(), most, pool));
        }
        return answers;
    }

    private Prepared prepare(ForecastAsk ask) {
        check(ask);
        LocalDate today = LocalDate.now(clock);
        int days = ask.weeks() * 7;
        return snapshot.execute(status -> {
            History read = history.read(today, settings.weeksRead(), days);
            HubHistory.LastYearRead yearAgo = history.lastYear(today, settings.weeksRead(), days);
            Map<Integer, LastYear> lastYear = LastYear.of(yearAgo.arrivals(), today, settings.weeksRead(), days,
                    yearAgo.firstRecord());
            List<StreamInputs> streams = ForecastInputs.streams(read, settings).stream()
                    .filter(s -> ask.locality() == null || s.key().locality().equals(ask.locality()))
                    .map(s -> ask.followLastYear() ? followed(s, lastYear) : s).toList();
            List<CapacityChange> changes = new ArrayList<>(added(ask));
            changes.addAll(closed(ask, read));
            Scenario scenario = new Scenario(scenarioName(ask), new Surge(1.0, ask.surge(), surgeStart(),
                    ask.rampDays()), changes);
            ForecastRequest request = ForecastRequest.plan(streams, today, days, seed, costPerDelayedDay)
                    .withReplications(replications);
            List<HoursDiscounted> discounted = ForecastInputs.discounted(read, settings).stream()
                    .filter(d -> ask.locality() == null || d.locality().equals(ask.locality())).toList();
            return new Prepared(request, scenario, new Readings(lastYear, discounted, ForecastInputs.bedTypes(read)));
        });
    }

    /** The stream's referrals times its pathway's change last year; as they are where the hub has no record. */
    private static StreamInputs followed(StreamInputs stream, Map<Integer, LastYear> lastYear) {
        LastYear change = lastYear.get(Integer.valueOf(stream.key().pathway()));
        return change == null ? stream : stream.withArrivalsPerDay(stream.arrivalsPerDay() * change.factor());
    }

    /** The setting's open beds out of use while it is closed; refused when it has none to close. */
    private List<CapacityChange> closed(ForecastAsk ask, History read) {
        ForecastAsk.Closed closed = ask.closed();
        if (closed == null) {
            return List.of();
        }
        List<History.OpenBeds> beds = history.openBedsIn(closed.setting());
        if (beds.isEmpty()) {
            throw InvalidInputException.of("closeSetting", bedBase.setting(closed.setting()).name()
                    + " has no open beds to close");
        }
        LocalDate from = closureStart(closed);
        return ForecastInputs.closing(read, beds, from, closed.until(from));
    }

    private LocalDate closureStart(ForecastAsk.Closed closed) {
        return closed.from() == null ? surgeStart() : closed.from();
    }

    private List<CapacityChange> added(ForecastAsk ask) {
        if (!ask.added().any()) {
            return List.of();
        }
        LocalDate from = surgeStart();
        return List.of(CapacityChange.addBeds(ForecastInputs.key(2, ask.locality()), ask.added().bedsPathway2(), from),
                CapacityChange.addBeds(ForecastInputs.key(3, ask.locality()), ask.added().bedsPathway3(), from),
                CapacityChange.addHoursPerDay(ForecastInputs.key(1, ask.locality()),
                        ask.added().hoursPerDayPathway1(), from));
    }

    private String scenarioName(ForecastAsk ask) {
        long percent = Math.round((ask.surge() - 1) * 100);
        String name = percent == 0 ? "Referrals as in recent weeks"
                : "Referrals " + (percent > 0 ? "+" : "") + percent + "%" + (ask.rampDays() > 0
                        ? " over " + ask.rampDays() + " days" : "");
        ForecastAsk.Added added = ask.added();
        if (added.any()) {
            name += String.format(java.util.Locale.UK, ", with %d + %d beds and %.1f hours a day added in %s",
                    added.bedsPathway2(), added.bedsPathway3(), added.hoursPerDayPathway1(), ask.locality());
        }
        if (ask.followLastYear()) {
            name += ", following last year's change over these weeks";
        }
        if (ask.closed() != null) {
            LocalDate from = closureStart(ask.closed());
            name += ", with " + bedBase.setting(ask.closed().setting()).name() + " closed " + HumanTime.date(from)
                    + " to " + HumanTime.date(ask.closed().until(from));
        }
        return name;
    }

    private void check(ForecastAsk ask) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (!(ask.surge() > 0) || ask.surge() > ForecastAsk.LARGEST_SURGE) {
            errors.add(new InvalidInputException.FieldError("surge",
                    "a factor on referrals above 0 and at most 5, like 1.32 for 32% more"));
        }
        if (ask.weeks() < ForecastRequest.SHORTEST_PLAN_DAYS / 7 || ask.weeks() > ForecastRequest.LONGEST_PLAN_DAYS / 7) {
            errors.add(new InvalidInputException.FieldError("weeks", "a plan looks 6 to 12 weeks ahead"));
        }
        if (ask.rampDays() < 0 || ask.rampDays() > ForecastAsk.LONGEST_RAMP_DAYS) {
            errors.add(new InvalidInputException.FieldError("rampDays", "a ramp of 0 to 84 days"));
        }
        ForecastAsk.Added added = ask.added();
        if (added.bedsPathway2() < 0 || added.bedsPathway2() > ForecastAsk.MOST_ADDED_BEDS) {
            errors.add(new InvalidInputException.FieldError("addBedsPathway2", "0 to 500 beds"));
        }
        if (added.bedsPathway3() < 0 || added.bedsPathway3() > ForecastAsk.MOST_ADDED_BEDS) {
            errors.add(new InvalidInputException.FieldError("addBedsPathway3", "0 to 500 beds"));
        }
        if (!(added.hoursPerDayPathway1() >= 0) || added.hoursPerDayPathway1() > ForecastAsk.MOST_ADDED_HOURS_PER_DAY) {
            errors.add(new InvalidInputException.FieldError("addHoursPerDayPathway1", "0 to 5,000 hours a day"));
        }
        if (added.any() && ask.locality() == null) {
            errors.add(new InvalidInputException.FieldError("locality", "choose the locality the capacity is added to"));
        }
        checkClosure(ask, errors);
        if (ask.locality() != null) {
            try {
                directory.localityNamedIn("locality", ask.locality());
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void checkClosure(ForecastAsk ask, List<InvalidInputException.FieldError> errors) {
        ForecastAsk.Closed closed = ask.closed();
        if (closed == null) {
            return;
        }
        if (closed.days() < 1 || closed.days() > ForecastAsk.LONGEST_CLOSURE_DAYS) {
            errors.add(new InvalidInputException.FieldError("closeDays", "a closure of 1 to 84 days"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.plusDays(Math.max(ask.weeks(), 1) * 7L - 1);
        if (closed.from() != null && (closed.from().isBefore(today) || closed.from().isAfter(last))) {
            errors.add(new InvalidInputException.FieldError("closeFrom", "a day from " + HumanTime.date(today)
                    + " to the plan's last day, " + HumanTime.date(last)));
        }
        CareSetting setting = closed.setting() == null || closed.setting().isBlank() ? null
                : bedBase.findSetting(closed.setting()).orElse(null);
        if (setting == null) {
            errors.add(new InvalidInputException.FieldError("closeSetting", closed.setting() == null
                    || closed.setting().isBlank() ? "choose the setting that closes"
                    : "no care setting has the code " + closed.setting()));
        } else if (ask.locality() != null && !directory.localityCode(setting.localityId()).equals(ask.locality())) {
            errors.add(new InvalidInputException.FieldError("closeSetting", setting.name() + " is in "
                    + directory.localityCode(setting.localityId()) + ", not in " + ask.locality()));
        }
    }

    @PreDestroy
    void stop() {
        searches.shutdownNow();
        pool.shutdownNow();
    }

    private record Prepared(ForecastRequest request, Scenario scenario, Readings readings) {
    }
}
