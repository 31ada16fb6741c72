package org.dischargehub.calls.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dischargehub.calls.CallOutcome;
import org.dischargehub.calls.OutcomeCommand;
import org.dischargehub.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CallOutcomeDialogTest {

    @Test
    void recording_hands_the_chosen_outcome_and_note_to_the_callback() {
        List<OutcomeCommand> recorded = new ArrayList<>();
        CallOutcomeDialog dialog = new CallOutcomeDialog("Ada Byron", recorded::add);

        dialog.outcome.setValue(CallOutcome.NOT_REACHED);
        dialog.note.setValue("Voicemail");
        dialog.confirm.click();

        assertThat(recorded).containsExactly(new OutcomeCommand(CallOutcome.NOT_REACHED, "Voicemail"));
    }

    @Test
    void a_refusal_naming_the_note_is_shown_at_the_note() {
        CallOutcomeDialog dialog = new CallOutcomeDialog("Ada Byron", command -> {
            throw InvalidInputException.of("note", "say what help the person needs");
        });
        dialog.outcome.setValue(CallOutcome.NEEDS_HELP);

        dialog.confirm.click();

        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).isEqualTo("say what help the person needs");
        assertThat(dialog.outcome.isInvalid()).isFalse();
    }
}
