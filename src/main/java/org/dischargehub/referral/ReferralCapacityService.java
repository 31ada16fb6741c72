package org.dischargehub.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.dischargehub.beds.Bed;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedNeed;
import org.dischargehub.beds.BedOptions;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.homecare.HomeCareCommands.NewOffer;
import org.dischargehub.homecare.HomeCareCommands.NewOffers;
import org.dischargehub.homecare.HomeCareOption;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.OfferAccepted;
import org.dischargehub.homecare.OfferDeclined;
import org.dischargehub.homecare.OfferExpired;
import org.dischargehub.homecare.PackageHandedBack;
import org.dischargehub.providerstatus.ProviderStatusService;
import org.dischargehub.referral.ReferralCommands.BedAllocation;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocation;
import org.dischargehub.referral.ReferralCommands.HomeCareAllocations;
import org.dischargehub.referral.ReferralCommands.Reason;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.Pathway;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity for one person: a bed for pathways 2 and 3, a home-care package for pathway 1, and what the providers say
 * about the package afterwards. Each change and the matching process step commit in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReferralCapacityService {

    private final ReferralStore store;
    private final ReferralProcess process;
    private final DirectoryService directory;
    private final BedBaseService bedBase;
    private final HomeCareService homeCare;
    private final ProviderStatusService providerStatus;
    private final ReferralEscalations escalations;
    private final Checks checks;
    private final Clock clock;

    ReferralCapacityService(ReferralStore store, ReferralProcess process, DirectoryService directory,
            BedBaseService bedBase, HomeCareService homeCare, ProviderStatusService providerStatus,
            ReferralEscalations escalations, Checks checks, Clock clock) {
        this.store = store;
        this.process = process;
        this.directory = directory;
        this.bedBase = bedBase;
        this.homeCare = homeCare;
        this.providerStatus = providerStatus;
        this.escalations = escalations;
        this.checks = checks;
        this.clock = clock;
    }

    /** Pathways 2 and 3: the coordinator reserves a bed; the referral is then ready to discharge. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral allocateBed(String id, BedAllocation command) {
        checks.valid(command);
        AtomicReference<Referral> locked = new AtomicReference<>();
        Bed bed = bedBase.reserve(command.bedCode(), () -> {
            Referral referral = store.find(id);
            referral.require(ReferralAction.ALLOCATE_BED);
            locked.set(referral);
            return new BedNeed(id, referral.requirement().bedType(), referral.stay().infectionPositive());
        });
        Referral referral = locked.get();
        store.change(referral, r -> r.capacity().bedReserved(bed.code(), clock.instant()));
        process.capacityFound(id);
        return referral;
    }

    /**
     * Pathways 2 and 3, while waiting for a bed: "Escalate now" when none fits, with why. The hub manager is told at
     * once instead of after the process's timer; the escalation closes itself when a bed is reserved or the plan
     * changes.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Escalation escalateNoBedFits(String id, String reason) {
        Referral referral = store.find(id);
        if (reason == null || reason.isBlank() || reason.length() > 4000) {
            throw InvalidInputException.of("reason", "say why no bed fits, in at most 4000 characters");
        }
        referral.require(ReferralAction.ALLOCATE_BED);
        return escalations.noBedFits(referral, reason.trim());
    }

    /** A step-down (or step-up) to another bed: the old bed is freed and the new one held in one transaction. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral moveBed(String id, BedAllocation command) {
        Referral referral = store.find(id);
        checks.valid(command);
        referral.require(ReferralAction.MOVE_BED);
        var bed = bedBase.move(id, command.bedCode().trim(), referral.requirement().bedType(),
                referral.stay().infectionPositive());
        store.change(referral, r -> r.capacity().bedMoved(bed.code(), clock.instant()));
        return referral;
    }

    /**
     * The home declines the bed reserved for the person (its provider's user, or a coordinator taking the home's
     * answer): the bed is free again and the person waits for capacity, the process back at finding a bed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public Referral declineReservation(String id, Reason command) {
        Referral referral = store.find(id);
        checks.valid(command);
        String reason = command.reason().trim();
        bedBase.declineReservation(id, reason);
        store.change(referral, r -> r.capacity().reservationDeclined(reason, clock.instant()));
        process.replanned(id, referral.pathway());
        return referral;
    }

    /** No bed fits the plan: the coordinator asks the MDT to re-triage; the person heads the MDT's worklist. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral askForRetriage(String id, Reason command) {
        Referral referral = store.find(id);
        checks.valid(command);
        store.change(referral, r -> r.capacity().retriageAsked(command.reason().trim(), clock.instant()));
        return referral;
    }

    /** The capacity that fits this person, by the pathway decided: home-care providers for 1, beds for 2 and 3. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public CapacityOptions capacityOptions(String id) {
        Referral referral = store.find(id);
        return referral.pathway() == Pathway.ONE
                ? new CapacityOptions(null, homeCareOptions(referral))
                : new CapacityOptions(bedOptions(referral), null);
    }

    /**
     * Pathways 2 and 3: the beds that fit this person, best first, each with its setting's latest rating and
     * warnings (red and amber after unflagged beds of the same tier), and why every other setting was left out.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public BedOptions bedOptions(String id) {
        return bedOptions(store.find(id));
    }

    private BedOptions bedOptions(Referral referral) {
        requireNeed(referral, Pathway::needsBed, "a bed");
        store.viewed(ReferralStore.OPTIONS, referral);
        return bedBase.options(referral.requirement().bedType(), referral.stay().infectionPositive(),
                referral.stay().localityId(), providerStatus.settingFlags());
    }

    /**
     * Pathway 1: offers the person's package to one provider, holding the hours against its capacity in the person's
     * locality on the start day. The provider accepts or declines; unanswered, the process lets the offer expire.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral offerHomeCare(String id, HomeCareAllocation command) {
        Referral referral = store.find(id);
        checks.valid(command);
        Provider provider = directory.providerNamedIn("providerCode", command.providerCode());
        if (provider.kind() != ProviderKind.HOME_CARE) {
            throw InvalidInputException.of("providerCode", provider.code() + " is not a home-care provider");
        }
        referral.require(ReferralAction.OFFER_HOME_CARE);
        homeCare.offer(new NewOffer(id, provider.code(), referral.stay().localityId(), command.startDate(),
                referral.requirement().hoursPerWeek(), needsOf(referral)), offer -> {
                    store.change(referral, r -> r.capacity().homeCareOffered(provider.code(), command.startDate(),
                            offer.expiresAt(), clock.instant()));
                    process.homeCareOffered(id, offer.expiresAt());
                });
        return referral;
    }

    /**
     * Pathway 1: offers the person's package to several providers at once, each holding its hours, all or none. The
     * first to accept takes it and the other offers are withdrawn; the referral stays OFFERED while any is open.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Referral offerHomeCare(String id, HomeCareAllocations command) {
        Referral referral = store.find(id);
        checks.valid(command);
        List<String> providerCodes = homeCare.offerable(command.providerCodes()).stream().map(Provider::code)
                .toList();
        referral.require(ReferralAction.OFFER_HOME_CARE);
        String offeredTo = String.join(", ", providerCodes);
        homeCare.offer(new NewOffers(id, providerCodes, referral.stay().localityId(), command.startDate(),
                referral.requirement().hoursPerWeek(), needsOf(referral)), made -> {
                    Instant expiresAt = made.get(0).expiresAt();
                    store.change(referral, r -> r.capacity().homeCareOffered(offeredTo, command.startDate(),
                            expiresAt, clock.instant()));
                    process.homeCareOffered(id, expiresAt);
                });
        return referral;
    }

    /** Pathway 1: providers with the hours free in the person's locality on the start day, fresh and most free first. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public List<HomeCareOption> homeCareOptions(String id) {
        return homeCareOptions(store.find(id));
    }

    private List<HomeCareOption> homeCareOptions(Referral referral) {
        requireNeed(referral, Pathway::needsHomeCare, "home care");
        store.viewed(ReferralStore.OPTIONS, referral);
        Requirement requirement = referral.requirement();
        return homeCare.options(referral.id(), referral.stay().localityId(), requirement.startDate(),
                requirement.hoursPerWeek());
    }

    @EventListener
    @Transactional
    void homeCareAccepted(OfferAccepted accepted) {
        Referral referral = store.find(accepted.referralId());
        store.change(referral, r -> r.capacity().homeCareAccepted(accepted.providerCode(), accepted.startDate(),
                clock.instant()));
        process.homeCareAnswered(referral.id(), true);
    }

    @EventListener
    @Transactional
    void homeCareDeclined(OfferDeclined declined) {
        Referral referral = store.find(declined.referralId());
        boolean othersOpen = homeCare.hasOpenOffer(referral.id());
        store.change(referral, r -> r.capacity().homeCareDeclined(declined.providerCode(), declined.reason(),
                othersOpen, clock.instant()));
        if (!othersOpen) {
            process.homeCareAnswered(referral.id(), false);
        }
    }

    /** The process's own timer expired the offer; the process moves on by itself. */
    @EventListener
    @Transactional
    void homeCareOfferExpired(OfferExpired expired) {
        Referral referral = store.find(expired.referralId());
        boolean othersOpen = homeCare.hasOpenOffer(referral.id());
        store.change(referral, r -> r.capacity().homeCareOfferLapsed(expired.providerCode(), expired.expiresAt(),
                othersOpen, clock.instant()));
    }

    @EventListener
    @Transactional
    void homeCareHandedBack(PackageHandedBack handedBack) {
        Referral referral = store.find(handedBack.referralId());
        boolean beforeDischarge = referral.status() == ReferralStatus.READY_TO_DISCHARGE;
        store.change(referral, r -> r.capacity().homeCareHandedBack(handedBack.providerCode(), handedBack.reason(),
                clock.instant()));
        if (beforeDischarge) {
            process.homeCareHandedBack(referral.id());
        }
        escalations.packageHandedBack(referral, handedBack.providerCode(), handedBack.reason(), beforeDischarge);
    }

    /** What a provider needs to know to decide on an offer: the MDT's account of the care, never who the person is. */
    private static String needsOf(Referral referral) {
        String needs = (referral.stay().infectionPositive() ? "Infection-positive. " : "") + referral.triageRationale();
        return needs.length() > 4000 ? needs.substring(0, 4000) : needs;
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
}
