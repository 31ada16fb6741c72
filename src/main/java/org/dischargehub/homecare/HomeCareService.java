package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.homecare.HomeCareCommands.Decline;
import org.dischargehub.homecare.HomeCareCommands.HandBack;
import org.dischargehub.homecare.HomeCareCommands.NewOffer;
import org.dischargehub.homecare.HomeCareCommands.NewOffers;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.HubUser;
import org.dischargehub.security.Role;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HubChange.OfferAnswered;
import org.dischargehub.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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

    static final String ANOTHER_ACCEPTED_FIRST = "Another provider accepted first";

    private final Offers offers;
    private final OfferLedger ledger;
    private final HomeCareQueries queries;
    private final DirectoryService directory;
    private final HomeCareCapacityService dailyCapacity;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int maxParallelOffers;
    private final AuditService audit;

    HomeCareService(Offers offers, OfferLedger ledger, HomeCareQueries queries, DirectoryService directory,
            HomeCareCapacityService dailyCapacity, Checks checks, Clock clock, ApplicationEventPublisher events,
            AuditService audit, @Value("${hub.homecare.max-parallel-offers:3}") int maxParallelOffers) {
        this.offers = offers;
        this.ledger = ledger;
        this.queries = queries;
        this.directory = directory;
        this.dailyCapacity = dailyCapacity;
        this.checks = checks;
        this.clock = clock;
        this.events = events;
        this.maxParallelOffers = maxParallelOffers;
        this.audit = audit;
    }

    /**
     * Offers a person's package to one provider, holding its hours on its capacity in the person's locality on the
     * start day until answered or expired. The referral module's {@code beforeHold} (its process step) runs first.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public HomeCareOffer offer(NewOffer command, Consumer<HomeCareOffer> beforeHold) {
        Provider provider = directory.providerNamedIn("providerCode", command.providerCode());
        if (provider.kind() != ProviderKind.HOME_CARE) {
            throw InvalidInputException.of("providerCode", provider.code() + " is not a home-care provider");
        }
        var draft = ledger.draft(provider, command, clock.instant(), provider.code(), ConflictException::new);
        beforeHold.accept(draft.offer());
        return ledger.hold(List.of(draft)).get(0);
    }

    /**
     * Offers a person's package to several providers at once, each holding its hours until it is answered, withdrawn
     * or expires: all the offers are made, or none (a 409 names the provider that lacks the hours).
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<HomeCareOffer> offer(NewOffers command, Consumer<List<HomeCareOffer>> beforeHold) {
        Instant now = clock.instant();
        List<OfferLedger.Draft> drafts = new ArrayList<>();
        for (Provider to : offerable(command.providerCodes())) {
            drafts.add(ledger.draft(to, command.to(to.code()), now, "it", why -> noOfferMade(to, why)));
        }
        beforeHold.accept(drafts.stream().map(OfferLedger.Draft::offer).toList());
        return ledger.hold(drafts);
    }

    /**
     * The providers a package may be offered to at once: one to {@code hub.homecare.max-parallel-offers} distinct
     * home-care providers, in the order their capacity is locked (by id, so that two offers never deadlock).
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<Provider> offerable(List<String> providerCodes) {
        if (providerCodes == null || providerCodes.isEmpty()) {
            throw InvalidInputException.of("providerCodes", "choose at least one provider");
        }
        if (providerCodes.size() > maxParallelOffers) {
            throw InvalidInputException.of("providerCodes", "offer to at most " + maxParallelOffers
                    + " providers at once");
        }
        Set<Long> seen = new HashSet<>();
        List<Provider> providers = new ArrayList<>();
        for (String code : providerCodes) {
            Provider provider = directory.providerNamedIn("providerCodes", code);
            if (provider.kind() != ProviderKind.HOME_CARE) {
                throw InvalidInputException.of("providerCodes", provider.code() + " is not a home-care provider");
            }
            if (!seen.add(provider.id())) {
                throw InvalidInputException.of("providerCodes", provider.code() + " is named twice");
            }
            providers.add(provider);
        }
        providers.sort(Comparator.comparing(Provider::id));
        return providers;
    }

    public int maxParallelOffers() {
        return maxParallelOffers;
    }

    private static ConflictException noOfferMade(Provider provider, String why) {
        return new ConflictException("No offer was made: " + provider.code() + " cannot take the package ("
                + why.substring(0, 1).toLowerCase() + why.substring(1) + ")");
    }

    /**
     * The provider takes the package: its hours are booked and the referral is told. The first of several providers
     * to accept wins: the person's other open offers are withdrawn and their hours freed in the same transaction.
     */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public OfferRow accept(String offerId) {
        HomeCareOffer offer = ledger.ownOffer(offerId);
        List<HomeCareOffer> others = offers.lockByReferral(offer.referralId(), List.of(OfferStatus.OPEN)).stream()
                .filter(other -> !other.id().equals(offer.id()))
                .toList();
        Instant now = clock.instant();
        offer.accept(CurrentUser.name(), now);
        // capacity rows in provider order, as a new offer to several providers locks them
        Stream.concat(Stream.of(offer), others.stream())
                .sorted(Comparator.comparing(HomeCareOffer::providerId)).forEach(ledger::lockedCapacityOf);
        HomeCareCapacity capacity = ledger.book(offer);
        for (HomeCareOffer other : others) {
            other.withdraw("system", ANOTHER_ACCEPTED_FIRST, now);
            ledger.releaseHold(other);
        }
        String providerCode = directory.provider(offer.providerId()).code();
        events.publishEvent(new OfferAccepted(offer.id(), offer.referralId(), providerCode, capacity.day()));
        events.publishEvent(new OfferAnswered(offer.id(), offer.referralId(), providerCode, offer.status().name()));
        return ledger.offerRow(offer.id());
    }

    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public OfferRow decline(String offerId, Decline command) {
        HomeCareOffer offer = ledger.ownOffer(offerId);
        checks.valid(command);
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().trim();
        offer.decline(CurrentUser.name(), reason, clock.instant());
        ledger.releaseHold(offer);
        String providerCode = directory.provider(offer.providerId()).code();
        events.publishEvent(new OfferDeclined(offer.id(), offer.referralId(), providerCode, reason));
        events.publishEvent(new OfferAnswered(offer.id(), offer.referralId(), providerCode, offer.status().name()));
        return ledger.offerRow(offer.id());
    }

    /**
     * Called by the referral process when the timer of the person's offers fires: the offers made together are the
     * person's open ones (a person has one set open at a time), and each expires. Refused when none is open, as the
     * process should not be here. Locks as an answer does: the person's offers, then capacity rows in provider order.
     */
    @Transactional
    public void expireOpenOffers(String referralId) {
        List<HomeCareOffer> open = offers.lockByReferral(referralId, List.of(OfferStatus.OPEN, OfferStatus.ACCEPTED))
                .stream().filter(offer -> offer.status() == OfferStatus.OPEN)
                .sorted(Comparator.comparing(HomeCareOffer::providerId)).toList();
        if (open.isEmpty()) {
            throw new ConflictException("None of this person's offers is open any more, so none can expire");
        }
        for (HomeCareOffer offer : open) {
            offer.expire(clock.instant());
            ledger.releaseHold(offer);
            events.publishEvent(new OfferExpired(offer.id(), offer.referralId(),
                    directory.provider(offer.providerId()).code(), offer.expiresAt()));
        }
    }

    /** Whether any offer made for the person still waits for its provider's answer. */
    public boolean hasOpenOffer(String referralId) {
        return offers.existsByReferralIdAndStatus(referralId, OfferStatus.OPEN);
    }

    /** The provider can no longer deliver a package it accepted: its hours are freed and the hub must find another. */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public OfferRow handBack(String offerId, HandBack command) {
        HomeCareOffer offer = ledger.ownOffer(offerId);
        checks.valid(command);
        offer.handBack(CurrentUser.name(), command.reason().trim(), clock.instant());
        ledger.releaseBooking(offer);
        events.publishEvent(new PackageHandedBack(offer.id(), offer.referralId(),
                directory.provider(offer.providerId()).code(), offer.reason()));
        return ledger.offerRow(offer.id());
    }

    /** When a referral is cancelled: an open offer is withdrawn and an accepted package released, hours freed. */
    @Transactional
    public void releaseFor(String referralId, String reason) {
        List<HomeCareOffer> live = offers.lockByReferral(referralId, List.of(OfferStatus.OPEN, OfferStatus.ACCEPTED));
        for (HomeCareOffer offer : live.stream().sorted(Comparator.comparing(HomeCareOffer::providerId)).toList()) {
            boolean booked = offer.booksHours();
            offer.withdraw(CurrentUser.name(), reason, clock.instant());
            if (booked) {
                ledger.releaseBooking(offer);
            } else {
                ledger.releaseHold(offer);
            }
        }
    }

    /** Offers with a status (all when null): a provider sees only its own, the hub sees every provider's. */
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public List<OfferRow> offers(OfferStatus status) {
        Long scope = providerScope();
        return viewed(queries.offers(scope, status, null, null));
    }

    /**
     * How many offers wait for a provider's answer, counted in the database: a provider counts its own, the hub every
     * provider's (the offers it has out).
     */
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public long openOfferCount() {
        Long scope = providerScope();
        return scope == null ? offers.countByStatus(OfferStatus.OPEN)
                : offers.countByProviderIdAndStatus(scope, OfferStatus.OPEN);
    }

    /**
     * The signed-in provider's offers withdrawn in the last day (another provider accepted first, or the hub no longer
     * needs the package), so that an offer does not simply vanish from its page.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    public List<OfferRow> recentlyWithdrawn() {
        Instant since = clock.instant().minus(Duration.ofDays(1));
        return offers(OfferStatus.WITHDRAWN).stream().filter(o -> o.expiresAt().isAfter(since)).toList();
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

    /**
     * Providers with the hours free in the person's locality on the start day: fresh first, then most free; a provider
     * whose latest status return says it cannot take new people is marked so and put after the rest.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<HomeCareOption> options(String referralId, Long localityId, LocalDate startDate, BigDecimal hours) {
        Set<String> notTaking = dailyCapacity.notTakingNewWork();
        List<HomeCareOption> options = queries.options(localityId, startDate, hours, referralId,
                clock.instant().minus(dailyCapacity.staleAfter()));
        return Stream.concat(options.stream().filter(o -> !notTaking.contains(o.providerCode())),
                        options.stream().filter(o -> notTaking.contains(o.providerCode()))
                                .map(HomeCareOption::notTakingNewWork))
                .toList();
    }

    /** The signed-in provider's id, or null for the hub, which sees every provider's offers. */
    private static Long providerScope() {
        return CurrentUser.get().filter(u -> u.role() == Role.PROVIDER).map(HubUser::providerId).orElse(null);
    }
}
