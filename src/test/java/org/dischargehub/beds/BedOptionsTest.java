package org.dischargehub.beds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dischargehub.beds.BedOptions.Exclusion;
import org.dischargehub.beds.BedOptions.LeftOut;
import org.junit.jupiter.api.Test;

class BedOptionsTest {

    static Exclusion left(String name, LeftOut why, String reason) {
        return new Exclusion(name, name, why, reason);
    }

    @Test
    void why_none_names_the_settings_to_chase_and_only_counts_those_without_the_type() {
        BedOptions none = new BedOptions(List.of(), List.of(
                left("Oakleigh", LeftOut.CLOSED, "closed to admissions (outbreak)"),
                left("Elm", LeftOut.NO_BED_OF_TYPE, "no rehab bed in this setting"),
                left("Ash", LeftOut.NO_BED_OF_TYPE, "no rehab bed in this setting")));
        assertThat(none.whyNone())
                .isEqualTo("Oakleigh: closed to admissions (outbreak); 2 other settings have no bed of that type");
    }

    @Test
    void why_none_says_so_when_no_setting_has_the_type_and_is_null_when_something_fits() {
        assertThat(new BedOptions(List.of(), List.of(left("Elm", LeftOut.NO_BED_OF_TYPE, "no rehab bed")))
                .whyNone()).isEqualTo("no bed of that type in the bed base");
        assertThat(new BedOptions(List.of(new BedOptions.Candidate("B1", "S", "S", 1, "L", BedType.REHAB, null, "why",
                null, List.of())), List.of()).whyNone()).isNull();
    }
}
