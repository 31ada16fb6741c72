package org.dischargehub.referral;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral read for its placement: the handover decides whether the provider asking delivers the person's care and
 * logs the view, so this read writes none of its own. Nothing else may use it to show a person to a provider.
 */
@Service
public class ReferralPlacements {

    private final ReferralStore store;
    private final Referrals referrals;

    ReferralPlacements(ReferralStore store, Referrals referrals) {
        this.store = store;
        this.referrals = referrals;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public Referral referral(String id) {
        return store.find(id);
    }

    /**
     * The referrals in these states whose package is held with the provider or who hold one of these beds (the
     * provider's own), oldest first: the handover decides and logs what the provider sees.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROVIDER')")
    public List<Referral> placedWith(String providerCode, Collection<String> bedCodes,
            Collection<ReferralStatus> statuses) {
        List<Referral> placed = new ArrayList<>(referrals.withPackageFrom(providerCode, statuses));
        if (!bedCodes.isEmpty()) {
            placed.addAll(referrals.holdingBeds(bedCodes, statuses));
        }
        return placed;
    }

    /**
     * The referral as it stands inside a change, whoever made it (a process step too): for the hub's own work in that
     * change, such as writing the person's letter, never to show the person to the caller.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Referral inThisChange(String id) {
        return store.find(id);
    }
}
