package org.dischargehub.referral;

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

    ReferralPlacements(ReferralStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PROVIDER', 'COORDINATOR')")
    public Referral referral(String id) {
        return store.find(id);
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
