package org.dischargehub.funding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dischargehub.funding.FundingCommands.Amendment;
import org.dischargehub.funding.FundingCommands.Decision;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FundingDecisionDialogTest {

    static final LocalDate DISCHARGED = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    final List<Decision> decisions = new ArrayList<>();
    final List<Amendment> amendments = new ArrayList<>();

    FundingDecisionDialog decide() {
        return FundingDecisionDialog.decide("Iris Vane", "coordinator", DISCHARGED, TODAY, decisions::add);
    }

    @Test
    void fast_track_can_be_ticked_only_for_chc_and_is_cleared_when_the_outcome_changes() {
        FundingDecisionDialog dialog = decide();
        assertThat(dialog.fastTrack.isEnabled()).isFalse();
        dialog.outcome.setValue(FundingOutcome.CHC);
        assertThat(dialog.fastTrack.isEnabled()).isTrue();
        dialog.fastTrack.setValue(true);
        dialog.outcome.setValue(FundingOutcome.FNC);
        assertThat(dialog.fastTrack.isEnabled()).isFalse();
        assertThat(dialog.fastTrack.getValue()).isFalse();
    }

    @Test
    void a_decision_defaults_to_today_within_the_discharge_and_today_and_asks_for_no_reason() {
        FundingDecisionDialog dialog = decide();
        assertThat(dialog.decidedOn.getValue()).isEqualTo(TODAY);
        assertThat(dialog.decidedOn.getMin()).isEqualTo(DISCHARGED);
        assertThat(dialog.decidedOn.getMax()).isEqualTo(TODAY);
        assertThat(dialog.reason.isVisible()).isFalse();
        assertThat(dialog.save.getText()).isEqualTo("Record decision");
    }

    @Test
    void saving_hands_over_the_decision_with_the_fast_track_flag() {
        FundingDecisionDialog dialog = decide();
        dialog.outcome.setValue(FundingOutcome.CHC);
        dialog.fastTrack.setValue(true);
        dialog.decidedOn.setValue(LocalDate.of(2026, 11, 2));
        dialog.rationale.setValue("Rapidly deteriorating, end of life");

        dialog.save.click();

        assertThat(decisions).containsExactly(new Decision(FundingOutcome.CHC, LocalDate.of(2026, 11, 2),
                "Rapidly deteriorating, end of life", true));
    }

    @Test
    void an_amendment_starts_from_the_decision_recorded_and_hands_over_the_reason() {
        FundingDecision current = new FundingDecision(FundingOutcome.COUNCIL, LocalDate.of(2026, 11, 5),
                "Care Act assessment", "coordinator", false);
        FundingDecisionDialog dialog = FundingDecisionDialog.amend("Iris Vane", "manager", DISCHARGED, TODAY, current,
                amendments::add);
        assertThat(dialog.outcome.getValue()).isEqualTo(FundingOutcome.COUNCIL);
        assertThat(dialog.decidedOn.getValue()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(dialog.rationale.getValue()).isEqualTo("Care Act assessment");
        assertThat(dialog.reason.isVisible()).isTrue();

        dialog.decidedOn.setValue(LocalDate.of(2026, 11, 3));
        dialog.reason.setValue("The panel met on the 3rd");
        dialog.save.click();

        assertThat(amendments).containsExactly(new Amendment(FundingOutcome.COUNCIL, LocalDate.of(2026, 11, 3),
                "Care Act assessment", false, "The panel met on the 3rd"));
        assertThat(decisions).isEmpty();
    }

    @Test
    void a_refusal_lands_at_the_field_it_names_and_nothing_else_is_marked() {
        FundingDecisionDialog dialog = FundingDecisionDialog.decide("Iris Vane", "coordinator", DISCHARGED, TODAY,
                decision -> {
                    throw InvalidInputException.of("decidedOn", "a decision cannot be dated in the future");
                });
        dialog.outcome.setValue(FundingOutcome.SELF_FUNDED);
        dialog.rationale.setValue("Assets above the threshold");

        dialog.save.click();

        assertThat(dialog.decidedOn.isInvalid()).isTrue();
        assertThat(dialog.decidedOn.getErrorMessage()).isEqualTo("a decision cannot be dated in the future");
        assertThat(dialog.rationale.isInvalid()).isFalse();
    }
}
