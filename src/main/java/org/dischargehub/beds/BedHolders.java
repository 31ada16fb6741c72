package org.dischargehub.beds;

import java.util.Collection;
import java.util.Map;

/** Names the people holding beds, for the bed board; provided by the module that owns referrals. */
public interface BedHolders {

    Map<String, String> describe(Collection<String> holderIds);
}
