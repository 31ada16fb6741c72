package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.homecare.HomeCareCommands.CopyDay;
import org.dischargehub.homecare.HomeCareCommands.CopyWeek;
import org.dischargehub.providerstatus.ProviderStatusService;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home-care providers' daily capacity: what each posts per locality and day, and how it reads for the hub and for
 * the provider itself. A posting takes the day's row lock, so it queues behind offers and answers on that day (see
 * {@link HomeCareService}).
 */
@Service
@Transactional(readOnly = true)
public class HomeCareCapacityService {

    static final int DAYS_AHEAD_ALLOWED = 366;
    static final int COPY_DAYS_MAX = 31;

    private final Capacities capacities;
    private final HomeCareQueries queries;
    private final DirectoryService directory;
    private final ProviderStatusService providerStatus;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration staleAfter;

    HomeCareCapacityService(Capacities capacities, HomeCareQueries queries, DirectoryService directory,
            ProviderStatusService providerStatus, Checks checks, Clock clock, ApplicationEventPublisher events,
            @Value("${hub.homecare.stale-after:PT24H}") Duration staleAfter) {
        this.capacities = capacities;
        this.queries = queries;
        this.directory = directory;
        this.providerStatus = providerStatus;
        this.checks = checks;
        this.clock = clock;
        this.events = events;
        this.staleAfter = staleAfter;
    }

    /** Idempotent per provider, locality and day: the hours per week of new packages it can start that day. */
    @Transactional
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public CapacityRow postCapacity(String providerCode, LocalDate day, CapacityPosting command) {
        Provider provider = ownProvider(providerCode);
        checks.valid(command);
        Locality locality = directory.localityNamedIn("locality", command.locality());
        withinPostingRange(day, "date");
        requireHomeCare(provider);
        post(provider, locality, day, command.hoursPerWeek());
        changed(provider.code());
        return row(provider, locality, day);
    }

    /** Posts one day's hours again on every following day through a later one, in one go or not at all. */
    @Transactional
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public List<CapacityRow> copyDayForward(String providerCode, CopyDay command) {
        Provider provider = ownProvider(providerCode);
        checks.valid(command);
        Locality locality = directory.localityNamedIn("locality", command.locality());
        new Violations()
                .check(!command.through().isAfter(command.day()), "through", "copy to days after the one copied")
                .check(command.through().isAfter(command.day().plusDays(COPY_DAYS_MAX)), "through",
                        "copy at most " + COPY_DAYS_MAX + " days ahead in one go")
                .throwIfAny();
        withinPostingRange(command.through(), "through");
        requireHomeCare(provider);
        BigDecimal hours = capacities.lockFor(provider.id(), locality.id(), command.day())
                .map(HomeCareCapacity::hoursPosted)
                .orElseThrow(() -> new ConflictException("Nothing is posted on " + HumanTime.date(command.day()) + " to copy"));
        for (LocalDate day = command.day().plusDays(1); !day.isAfter(command.through()); day = day.plusDays(1)) {
            post(provider, locality, day, hours);
        }
        changed(provider.code());
        return queries.capacity(command.day(), command.through(), locality.code(), provider.id(), staleBefore());
    }

    /** Posts the seven days from a first day again on the seven days after them, in one go or not at all. */
    @Transactional
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public List<CapacityRow> copyWeekForward(String providerCode, CopyWeek command) {
        Provider provider = ownProvider(providerCode);
        checks.valid(command);
        Locality locality = directory.localityNamedIn("locality", command.locality());
        withinPostingRange(command.firstDay().plusDays(13), "firstDay");
        requireHomeCare(provider);
        Map<LocalDate, BigDecimal> week = capacities.findByProviderIdAndLocalityIdAndDayBetween(provider.id(),
                        locality.id(), command.firstDay(), command.firstDay().plusDays(6)).stream()
                .collect(Collectors.toMap(HomeCareCapacity::day, HomeCareCapacity::hoursPosted));
        if (week.isEmpty()) {
            throw new ConflictException("Nothing is posted in the week from " + HumanTime.date(command.firstDay()) + " to copy");
        }
        week.forEach((day, hours) -> post(provider, locality, day.plusDays(7), hours));
        changed(provider.code());
        return queries.capacity(command.firstDay().plusDays(7), command.firstDay().plusDays(13), locality.code(),
                provider.id(), staleBefore());
    }

    /** Every provider's capacity on a day, for a locality or all of them. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<CapacityRow> capacity(LocalDate day, String localityCode) {
        return capacityBetween(day, day, localityCode);
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<CapacityRow> capacityBetween(LocalDate from, LocalDate to, String localityCode) {
        String locality = localityCode == null || localityCode.isBlank() ? null
                : directory.localityNamedIn("locality", localityCode).code();
        return queries.capacity(from, to, locality, null, staleBefore());
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<LocalityDayTotal> totalsByLocality(LocalDate from, LocalDate to) {
        return queries.totalsByLocality(from, to, staleBefore());
    }

    /** The signed-in provider's own capacity: every locality it serves, from a day for a number of days. */
    @PreAuthorize("hasRole('PROVIDER')")
    public List<CapacityRow> myCapacity(LocalDate from, int days) {
        return queries.capacity(from, from.plusDays(days - 1L), null, myProviderId(), staleBefore());
    }

    /** The localities the signed-in provider has posted capacity for. */
    @PreAuthorize("hasRole('PROVIDER')")
    public List<String> myLocalities() {
        return queries.localitiesPostedBy(myProviderId());
    }

    @PreAuthorize("hasRole('PROVIDER')")
    public Provider myProvider() {
        return directory.provider(myProviderId());
    }

    /** Providers whose latest status return says they cannot take new people. */
    public Set<String> notTakingNewWork() {
        return providerStatus.cannotTakeNewWork();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Capacity not updated for this long is stale: shown so, and offered last. */
    public Duration staleAfter() {
        return staleAfter;
    }

    private HomeCareCapacity post(Provider provider, Locality locality, LocalDate day, BigDecimal hours) {
        HomeCareCapacity capacity = capacities.lockFor(provider.id(), locality.id(), day)
                .orElseGet(() -> new HomeCareCapacity(provider.id(), locality.id(), day));
        try {
            capacity.post(hours, CurrentUser.name(), clock.instant());
        } catch (ConflictException e) {
            throw new ConflictException(provider.code() + " in " + locality.code() + ": " + e.getMessage());
        }
        return capacities.saveOrConflict(capacity);
    }

    private CapacityRow row(Provider provider, Locality locality, LocalDate day) {
        return queries.capacity(day, day, locality.code(), provider.id(), staleBefore()).get(0);
    }

    private Provider ownProvider(String code) {
        Provider provider = directory.provider(code == null ? "" : code.trim());
        CurrentUser.requireOwnProviderIfProvider(provider.id());
        return provider;
    }

    private Long myProviderId() {
        return CurrentUser.get().map(HubUser::providerId)
                .orElseThrow(() -> new ConflictException("Only a provider's own user has its own capacity"));
    }

    private static void requireHomeCare(Provider provider) {
        if (provider.kind() != ProviderKind.HOME_CARE) {
            throw new ConflictException(provider.code() + " is not a home-care provider and posts no home-care capacity");
        }
    }

    private void withinPostingRange(LocalDate day, String field) {
        if (day.isAfter(LocalDate.now(clock).plusDays(DAYS_AHEAD_ALLOWED))) {
            throw InvalidInputException.of(field, "capacity can be posted at most a year ahead");
        }
    }

    private void changed(String providerCode) {
        events.publishEvent(new HomeCareChanged(providerCode));
    }

    private Instant staleBefore() {
        return clock.instant().minus(staleAfter);
    }
}
