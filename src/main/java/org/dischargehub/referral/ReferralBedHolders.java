package org.dischargehub.referral;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedHolders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the bed board who holds each bed (name and NHS number), and takes a home's decline of a reservation. */
@Component
class ReferralBedHolders implements BedHolders {

    private final Referrals referrals;
    private final ReferralCapacityService capacity;

    ReferralBedHolders(Referrals referrals, ReferralCapacityService capacity) {
        this.referrals = referrals;
        this.capacity = capacity;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> describe(Collection<String> holderIds) {
        return referrals.findAllById(holderIds).stream().collect(Collectors.toMap(Referral::id,
                r -> r.patient().named()));
    }

    @Override
    public void declineReservation(String holderId, String reason) {
        capacity.declineReservation(holderId, new ReferralCommands.Reason(reason));
    }
}
