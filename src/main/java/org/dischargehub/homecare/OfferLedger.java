package org.dischargehub.homecare;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Provider;
import org.dischargehub.homecare.HomeCareCommands.NewOffer;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * How {@link HomeCareService} locks and saves offers and the capacity rows their hours sit on. It runs inside the
 * service's transaction and behind its security checks, so it declares neither; nothing outside this package uses it.
 */
@Component
class OfferLedger {

    private final Offers offers;
    private final Capacities capacities;
    private final HomeCareQueries queries;
    private final DirectoryService directory;
    private final ApplicationEventPublisher events;
    private final Duration offerExpiresAfter;

    OfferLedger(Offers offers, Capacities capacities, HomeCareQueries queries, DirectoryService directory,
            ApplicationEventPublisher events,
            @Value("${hub.homecare.offer-expires-after:PT4H}") Duration offerExpiresAfter) {
        this.offers = offers;
        this.capacities = capacities;
        this.queries = queries;
        this.directory = directory;
        this.events = events;
        this.offerExpiresAfter = offerExpiresAfter;
    }

    /**
     * The offer to make on the provider's capacity in the person's locality on the start day, its hours not yet held.
     * Refused at once when no capacity is posted there ({@code refused} words the 409, {@code subject} names the
     * provider in it). Nothing is locked, so the caller's process step can run before the day's row is.
     */
    Draft draft(Provider provider, NewOffer command, Instant now, String subject,
            Function<String, ConflictException> refused) {
        Long capacityId = capacities.idFor(provider.id(), command.localityId(), command.startDate())
                .orElseThrow(() -> refused.apply(subject + " has posted no capacity in this locality on "
                        + HumanTime.date(command.startDate())));
        return new Draft(new HomeCareOffer(command.referralId(), capacityId, provider.id(), command.hoursPerWeek(),
                command.needs(), CurrentUser.name(), now, now.plus(offerExpiresAfter)), refused);
    }

    /** An offer made but not saved, its hours not yet held, with how a refusal of them is worded. */
    record Draft(HomeCareOffer offer, Function<String, ConflictException> refused) {
    }

    /**
     * Locks each draft's capacity row, in the order given, holds its hours and saves the offers: the last step of an
     * offer's transaction, so that a provider-day's row is locked only from here to the commit, not through the
     * process step. Refused (409) when too few of a day's hours are free by then.
     */
    List<HomeCareOffer> hold(List<Draft> drafts) {
        offers.flush(); // the referral's changes and the step's rows are written before the day's row is locked
        for (Draft draft : drafts) {
            HomeCareCapacity capacity = capacities.lock(draft.offer().capacityId()).orElseThrow();
            try {
                capacity.holdFor(draft.offer().hoursPerWeek());
            } catch (ConflictException e) {
                throw draft.refused().apply(e.getMessage());
            }
            capacities.saveOrConflict(capacity);
        }
        List<HomeCareOffer> made = drafts.stream().map(Draft::offer).toList();
        saveNew(made);
        return made;
    }

    /** Saves new offers, whose hours are already held; refused when the person has an open offer or a package. */
    void saveNew(List<HomeCareOffer> made) {
        try {
            offers.saveAllAndFlush(made);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("This person already has an open offer or an accepted package");
        }
        made.forEach(offer -> changed(offer.providerId()));
    }

    /** An offer its provider is about to answer: a provider may answer only its own. */
    HomeCareOffer ownOffer(String offerId) {
        HomeCareOffer offer = answering(offerId);
        CurrentUser.requireOwnProviderIfProvider(offer.providerId());
        return offer;
    }

    /**
     * An offer about to be answered, locked after every open or accepted offer for the same person (in id order):
     * answers to one person's offers queue, on any node, so that each sees what the one before it did.
     */
    HomeCareOffer answering(String offerId) {
        String id = offerId == null ? "" : offerId;
        String referralId = offers.referralOf(id).orElseThrow(() -> new NotFoundException("Offer", offerId));
        offers.lockByReferral(referralId, List.of(OfferStatus.OPEN, OfferStatus.ACCEPTED));
        return offers.lock(id).orElseThrow(() -> new NotFoundException("Offer", offerId));
    }

    HomeCareCapacity lockedCapacityOf(HomeCareOffer offer) {
        return capacities.lock(offer.capacityId()).orElseThrow();
    }

    /** Books the hours of an offer just accepted and saves both; the capacity row tells the day booked. */
    HomeCareCapacity book(HomeCareOffer offer) {
        HomeCareCapacity capacity = lockedCapacityOf(offer);
        capacity.book(offer.hoursPerWeek());
        save(offer, capacity);
        return capacity;
    }

    /** Frees the hours an offer held while it was open, now that it is answered, withdrawn or expired. */
    void releaseHold(HomeCareOffer offer) {
        HomeCareCapacity capacity = lockedCapacityOf(offer);
        capacity.releaseHold(offer.hoursPerWeek());
        save(offer, capacity);
    }

    /** Frees the hours a package booked, now that it is handed back or withdrawn. */
    void releaseBooking(HomeCareOffer offer) {
        HomeCareCapacity capacity = lockedCapacityOf(offer);
        capacity.releaseBooking(offer.hoursPerWeek());
        save(offer, capacity);
    }

    OfferRow offerRow(String offerId) {
        return queries.offers(null, null, null, offerId).get(0);
    }

    private void save(HomeCareOffer offer, HomeCareCapacity capacity) {
        capacities.saveOrConflict(capacity);
        try {
            offers.saveAndFlush(offer);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException
                | DataIntegrityViolationException e) {
            throw new ConflictException("This offer was answered at the same moment; nothing was changed");
        }
        changed(offer.providerId());
    }

    private void changed(Long providerId) {
        events.publishEvent(new HomeCareChanged(directory.provider(providerId).code()));
    }
}
