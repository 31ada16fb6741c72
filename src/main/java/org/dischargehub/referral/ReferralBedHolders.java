package org.dischargehub.referral;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedHolders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the bed board who holds each bed: the person's name and NHS number. */
@Component
class ReferralBedHolders implements BedHolders {

    private final Referrals referrals;

    ReferralBedHolders(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> describe(Collection<String> holderIds) {
        return referrals.findAllById(holderIds).stream().collect(Collectors.toMap(Referral::id,
                r -> r.patient().named()));
    }
}
