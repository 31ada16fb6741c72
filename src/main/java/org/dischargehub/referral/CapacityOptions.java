package org.dischargehub.referral;

import java.util.List;
import org.dischargehub.beds.BedOptions;
import org.dischargehub.homecare.HomeCareOption;

/** What fits a triaged person: {@code beds} for pathways 2 and 3, {@code homeCare} for pathway 1 (the other null). */
public record CapacityOptions(BedOptions beds, List<HomeCareOption> homeCare) {
}
