package org.dischargehub.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dischargehub.beds.BedType;
import org.dischargehub.referral.ReferralCommands.Triage;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.Pathway;
import org.junit.jupiter.api.Test;

class TriageDialogTest {

    final List<Triage> saved = new ArrayList<>();

    @Test
    void pathway_2_asks_for_a_bed_type_and_pathway_1_for_hours_and_a_start_day() {
        TriageDialog dialog = new TriageDialog("Edith Marsh", saved::add);
        assertThat(dialog.bedType.isVisible()).isFalse();
        assertThat(dialog.hoursPerWeek.isVisible()).isFalse();

        dialog.pathway.setValue(Pathway.TWO);
        assertThat(dialog.bedType.isVisible()).isTrue();
        assertThat(dialog.hoursPerWeek.isVisible()).isFalse();
        assertThat(dialog.startDate.isVisible()).isFalse();

        dialog.pathway.setValue(Pathway.ONE);
        assertThat(dialog.bedType.isVisible()).isFalse();
        assertThat(dialog.hoursPerWeek.isVisible()).isTrue();
        assertThat(dialog.startDate.isVisible()).isTrue();
    }

    @Test
    void saving_hands_over_only_what_the_chosen_pathway_shows() {
        TriageDialog dialog = new TriageDialog("Edith Marsh", saved::add);
        dialog.pathway.setValue(Pathway.ONE);
        dialog.hoursPerWeek.setValue(new BigDecimal("10"));
        dialog.startDate.setValue(LocalDate.of(2026, 3, 2));
        dialog.pathway.setValue(Pathway.TWO);
        dialog.bedType.setValue(BedType.REHAB);
        dialog.rationale.setValue("Needs rehab after a fall");

        dialog.save.click();

        assertThat(saved).containsExactly(new Triage(2, BedType.REHAB, null, null, "Needs rehab after a fall"));
    }

    @Test
    void a_refusal_lands_at_the_field_it_names() {
        TriageDialog dialog = new TriageDialog("Edith Marsh", command -> {
            throw InvalidInputException.of("bedType", "pathways 2 and 3 need a bed type");
        });
        dialog.pathway.setValue(Pathway.THREE);
        dialog.rationale.setValue("Complex needs");

        dialog.save.click();

        assertThat(dialog.bedType.isInvalid()).isTrue();
        assertThat(dialog.bedType.getErrorMessage()).isEqualTo("pathways 2 and 3 need a bed type");
        assertThat(dialog.rationale.isInvalid()).isFalse();
    }
}
