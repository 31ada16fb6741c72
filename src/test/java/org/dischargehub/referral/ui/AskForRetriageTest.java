package org.dischargehub.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dischargehub.beds.BedOptions;
import org.dischargehub.beds.BedOptions.Candidate;
import org.dischargehub.beds.BedOptions.Exclusion;
import org.dischargehub.beds.BedType;
import org.junit.jupiter.api.Test;

/** "Ask the MDT to re-triage" is offered in the bed dialog only when no bed fits and the coordinator may ask. */
class AskForRetriageTest {

    static final BedOptions NONE = new BedOptions(List.of(),
            List.of(new Exclusion("OAK", "Oakleigh", BedOptions.LeftOut.NO_BED_OF_TYPE,
                    "no rehab bed in a designated setting")));

    @Test
    void no_bed_fits_and_the_coordinator_may_ask_so_the_dialog_offers_it() {
        BedAllocationDialog dialog = new BedAllocationDialog("Edith Marsh", NONE, bed -> { })
                .onAskForRetriage(reason -> { });
        assertThat(dialog.askForRetriage.isVisible()).isTrue();
        assertThat(dialog.askForRetriage.getText()).isEqualTo("Ask the MDT to re-triage");
    }

    @Test
    void a_bed_that_fits_or_no_right_to_ask_hides_it() {
        Candidate bed = new Candidate("OAK-01", "OAK", "Oakleigh", 1, "L", BedType.REHAB, null,
                "Nearest tier 1", null, List.of());
        assertThat(new BedAllocationDialog("Edith Marsh", new BedOptions(List.of(bed), List.of()), b -> { })
                .onAskForRetriage(reason -> { }).askForRetriage.isVisible()).isFalse();
        assertThat(new BedAllocationDialog("Edith Marsh", NONE, b -> { }).askForRetriage.isVisible()).isFalse();
    }
}
