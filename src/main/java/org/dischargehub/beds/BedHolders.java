package org.dischargehub.beds;

import java.util.Collection;
import java.util.Map;

/** Names the people holding beds, for the bed board; provided by the module that owns referrals. */
public interface BedHolders {

    Map<String, String> describe(Collection<String> holderIds);

    /** The home declines the bed reserved for this holder, with its reason: the holder looks for another bed. */
    void declineReservation(String holderId, String reason);
}
