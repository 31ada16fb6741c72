package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.homecare.HomeCareCommands.Decline;
import org.dischargehub.homecare.HomeCareCommands.HandBack;
import org.dischargehub.homecare.HomeCareCommands.NewOffer;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home-care offers made against providers' capacity: the one place their rules live, for the providers' pages, the
 * hub's pages, the API and the referral process alike. Every change to a day's capacity takes that row's lock, so
 * offers, answers and postings ({@link HomeCareCapacityService}) for one provider, locality and day queue; the
 * database refuses overbooking anyway.
 */
@Service
@Transactional(readOnly = true)
public class HomeCareService {

    private final Capacities capacities;
    private final Offers offers;
    private final HomeCareQueries queries;
    private final DirectoryService directory;
    private final HomeCareCapacityService dailyCapacity;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Duration offerExpiresAfter;
    private final AuditService audit;

    HomeCareService(Capacities capacities, Offers offers, HomeCareQueries queries, DirectoryService directory,
            HomeCareCapacityService dailyCapacity, Checks checks, Clock clock, ApplicationEventPublisher events,
            AuditService audit, @Value("${hub.homecare.offer-expires-after:PT4H}") Duration offerExpiresAfter) {
        this.capacities = capacities;
        this.offers = offers;
        this.queries = queries;
        this.directory = directory;
        this.dailyCapacity = dailyCapacity;
        this.checks = checks;
        this.clock = clock;
        this.events = events;
        this.offerExpiresAfter = offerExpiresAfter;
        this.audit = audit;
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
        capacities.saveOrConflict(capacity);
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
        Set<String> notTaking = dailyCapacity.notTakingNewWork();
        List<HomeCareOption> options = queries.options(localityId, startDate, hours, referralId,
                clock.instant().minus(dailyCapacity.staleAfter()));
        return java.util.stream.Stream.concat(
                options.stream().filter(o -> !notTaking.contains(o.providerCode())),
                options.stream().filter(o -> notTaking.contains(o.providerCode())).map(o -> new HomeCareOption(
                        o.providerCode(), o.providerName(), o.locality(), o.date(), o.hoursFree(), o.stale(),
                        o.updatedAt(), "Not taking new work, by its latest status return. " + o.reason())))
                .toList();
    }

    private OfferRow offerRow(String offerId) {
        return queries.offers(null, null, null, offerId).get(0);
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

    private void save(HomeCareOffer offer, HomeCareCapacity capacity) {
        capacities.saveOrConflict(capacity);
        try {
            offers.saveAndFlush(offer);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            throw new ConflictException("This offer was answered at the same moment; nothing was changed");
        }
        changed(directory.provider(offer.providerId()).code());
    }

    private void changed(String providerCode) {
        events.publishEvent(new HomeCareChanged(providerCode));
    }
}
