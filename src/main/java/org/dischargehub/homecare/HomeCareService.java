package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.providerstatus.ProviderStatusService;
import org.dischargehub.directory.Locality;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.homecare.HomeCareCommands.CopyDay;
import org.dischargehub.homecare.HomeCareCommands.CopyWeek;
import org.dischargehub.homecare.HomeCareCommands.Decline;
import org.dischargehub.homecare.HomeCareCommands.HandBack;
import org.dischargehub.homecare.HomeCareCommands.NewOffer;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.dischargehub.shared.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home-care capacity and the offers made against it: the one place their rules live, for the providers' pages, the
 * hub's pages, the API and the referral process alike. Every change to a day's capacity takes that row's lock, so
 * offers, answers and postings for one provider, locality and day queue; the database refuses overbooking anyway.
 */
@Service
@Transactional(readOnly = true)
public class HomeCareService {

    static final int DAYS_AHEAD_ALLOWED = 366;
    static final int COPY_DAYS_MAX = 31;

    private final Capacities capacities;
    private final Offers offers;
    private final HomeCareQueries queries;
    private final DirectoryService directory;
    private final ProviderStatusService providerStatus;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration offerExpiresAfter;
    private final Duration staleAfter;
    private final AuditService audit;

    HomeCareService(Capacities capacities, Offers offers, HomeCareQueries queries, DirectoryService directory,
            ProviderStatusService providerStatus, Checks checks, Clock clock, ApplicationEventPublisher events,
            AuditService audit,
            @Value("${hub.homecare.offer-expires-after:PT4H}") Duration offerExpiresAfter,
            @Value("${hub.homecare.stale-after:PT24H}") Duration staleAfter) {
        this.capacities = capacities;
        this.offers = offers;
        this.queries = queries;
        this.directory = directory;
        this.providerStatus = providerStatus;
        this.checks = checks;
        this.clock = clock;
        this.events = events;
        this.offerExpiresAfter = offerExpiresAfter;
        this.staleAfter = staleAfter;
        this.audit = audit;
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
                .orElseThrow(() -> new ConflictException("Nothing is posted on " + command.day() + " to copy"));
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
            throw new ConflictException("Nothing is posted in the week from " + command.firstDay() + " to copy");
        }
        week.forEach((day, hours) -> post(provider, locality, day.plusDays(7), hours));
        changed(provider.code());
        return queries.capacity(command.firstDay().plusDays(7), command.firstDay().plusDays(13), locality.code(),
                provider.id(), staleBefore());
    }

    /**
     * Offers a person's package to one provider, holding its hours against the provider's capacity in the person's
     * locality on the start day until the offer is answered or expires. Called by the referral module.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public HomeCareOffer offer(NewOffer command) {
        Provider provider = directory.providerNamedIn("providerCode", command.providerCode());
        if (provider.kind() != ProviderKind.HOME_CARE) {
            throw InvalidInputException.of("providerCode", provider.code() + " is not a home-care provider");
        }
        HomeCareCapacity capacity = capacities.lockFor(provider.id(), command.localityId(), command.startDate())
                .orElseThrow(() -> new ConflictException(provider.code() + " has posted no capacity in this locality on "
                        + command.startDate()));
        capacity.holdFor(command.hoursPerWeek());
        flushOrConflict(capacity);
        Instant now = clock.instant();
        HomeCareOffer offer = new HomeCareOffer(command.referralId(), capacity, command.hoursPerWeek(),
                command.needs(), CurrentUser.name(), now, now.plus(offerExpiresAfter));
        try {
            offers.saveAndFlush(offer);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("This person already has an open offer or an accepted package");
        }
        changed(provider.code());
        return offer;
    }

    /** The provider takes the package: its hours are booked and the referral is told. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public OfferRow accept(String offerId) {
        HomeCareOffer offer = ownOffer(offerId);
        offer.accept(CurrentUser.name(), clock.instant());
        HomeCareCapacity capacity = lockedCapacityOf(offer);
        capacity.book(offer.hoursPerWeek());
        save(offer, capacity);
        String providerCode = directory.provider(offer.providerId()).code();
        events.publishEvent(new OfferAccepted(offer.id(), offer.referralId(), providerCode, capacity.day()));
        return offerRow(offer.id());
    }

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public OfferRow decline(String offerId, Decline command) {
        HomeCareOffer offer = ownOffer(offerId);
        checks.valid(command);
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().trim();
        offer.decline(CurrentUser.name(), reason, clock.instant());
        HomeCareCapacity capacity = lockedCapacityOf(offer);
        capacity.releaseHold(offer.hoursPerWeek());
        save(offer, capacity);
        events.publishEvent(new OfferDeclined(offer.id(), offer.referralId(),
                directory.provider(offer.providerId()).code(), reason));
        return offerRow(offer.id());
    }

    /** Called by the referral process when an offer's timer fires unanswered. */
    @Transactional
    public void expire(String offerId) {
        HomeCareOffer offer = offers.lock(offerId == null ? "" : offerId)
                .orElseThrow(() -> new NotFoundException("Offer", offerId));
        offer.expire(clock.instant());
        HomeCareCapacity capacity = lockedCapacityOf(offer);
        capacity.releaseHold(offer.hoursPerWeek());
        save(offer, capacity);
        events.publishEvent(new OfferExpired(offer.id(), offer.referralId(),
                directory.provider(offer.providerId()).code(), offer.expiresAt()));
    }

    /** The provider can no longer deliver a package it accepted: its hours are freed and the hub must find another. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public OfferRow handBack(String offerId, HandBack command) {
        HomeCareOffer offer = ownOffer(offerId);
        checks.valid(command);
        offer.handBack(CurrentUser.name(), command.reason().trim(), clock.instant());
        HomeCareCapacity capacity = lockedCapacityOf(offer);
        capacity.releaseBooking(offer.hoursPerWeek());
        save(offer, capacity);
        events.publishEvent(new PackageHandedBack(offer.id(), offer.referralId(),
                directory.provider(offer.providerId()).code(), offer.reason()));
        return offerRow(offer.id());
    }

    /** When a referral is cancelled: an open offer is withdrawn and an accepted package released, hours freed. */
    @Transactional
    public void releaseFor(String referralId, String reason) {
        for (HomeCareOffer offer : offers.lockByReferral(referralId, List.of(OfferStatus.OPEN, OfferStatus.ACCEPTED))) {
            boolean booked = offer.booksHours();
            offer.withdraw(CurrentUser.name(), reason, clock.instant());
            HomeCareCapacity capacity = lockedCapacityOf(offer);
            if (booked) {
                capacity.releaseBooking(offer.hoursPerWeek());
            } else {
                capacity.releaseHold(offer.hoursPerWeek());
            }
            save(offer, capacity);
        }
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

    /** Offers with a status (all when null): a provider sees only its own, the hub sees every provider's. */
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public List<OfferRow> offers(OfferStatus status) {
        Long scope = CurrentUser.get().filter(u -> u.role() == Role.PROVIDER).map(HubUser::providerId).orElse(null);
        return viewed(queries.offers(scope, status, null, null));
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<OfferRow> offersFor(String referralId) {
        return viewed(queries.offers(null, null, referralId == null ? "" : referralId, null));
    }

    /** Offers name no one, but each is a person's package: who saw them is logged against that person. */
    private List<OfferRow> viewed(List<OfferRow> offers) {
        audit.viewed("OFFER", offers.stream().map(o -> AuditSubject.referral(o.referralId())).toList());
        return offers;
    }

    /** Providers with the hours free in the person's locality on the start day: fresh first, then most free. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    /**
     * Providers that could take the package, most free first and stale ones last; a provider whose latest status
     * return says it cannot take new people is marked so and put after the rest.
     */
    public List<HomeCareOption> options(String referralId, Long localityId, LocalDate startDate, BigDecimal hours) {
        Set<String> notTaking = notTakingNewWork();
        List<HomeCareOption> options = queries.options(localityId, startDate, hours, referralId, staleBefore());
        return java.util.stream.Stream.concat(
                options.stream().filter(o -> !notTaking.contains(o.providerCode())),
                options.stream().filter(o -> notTaking.contains(o.providerCode())).map(o -> new HomeCareOption(
                        o.providerCode(), o.providerName(), o.locality(), o.date(), o.hoursFree(), o.stale(),
                        o.updatedAt(), "Not taking new work, by its latest status return. " + o.reason())))
                .toList();
    }

    /** Providers whose latest status return says they cannot take new people. */
    public Set<String> notTakingNewWork() {
        return providerStatus.cannotTakeNewWork();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Duration offerExpiresAfter() {
        return offerExpiresAfter;
    }

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
        return flushOrConflict(capacity);
    }

    private CapacityRow row(Provider provider, Locality locality, LocalDate day) {
        return queries.capacity(day, day, locality.code(), provider.id(), staleBefore()).get(0);
    }

    private OfferRow offerRow(String offerId) {
        return queries.offers(null, null, null, offerId).get(0);
    }

    private Provider ownProvider(String code) {
        Provider provider = directory.provider(code == null ? "" : code.trim());
        CurrentUser.requireOwnProviderIfProvider(provider.id());
        return provider;
    }

    private HomeCareOffer ownOffer(String offerId) {
        HomeCareOffer offer = offers.lock(offerId == null ? "" : offerId)
                .orElseThrow(() -> new NotFoundException("Offer", offerId));
        CurrentUser.requireOwnProviderIfProvider(offer.providerId());
        return offer;
    }

    private HomeCareCapacity lockedCapacityOf(HomeCareOffer offer) {
        return capacities.lock(offer.capacityId()).orElseThrow();
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

    private void save(HomeCareOffer offer, HomeCareCapacity capacity) {
        flushOrConflict(capacity);
        try {
            offers.saveAndFlush(offer);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            throw new ConflictException("This offer was answered at the same moment; nothing was changed");
        }
        changed(directory.provider(offer.providerId()).code());
    }

    private HomeCareCapacity flushOrConflict(HomeCareCapacity capacity) {
        try {
            return capacities.saveAndFlush(capacity);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException
                | DataIntegrityViolationException e) {
            throw new ConflictException("The capacity for " + capacity.day()
                    + " changed at the same moment; nothing was changed. Please try again.");
        }
    }

    private void changed(String providerCode) {
        events.publishEvent(new HomeCareChanged(providerCode));
    }

    private Instant staleBefore() {
        return clock.instant().minus(staleAfter);
    }
}
