package org.dischargehub.calls.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.dischargehub.calls.CallOutcome;
import org.dischargehub.calls.OutcomeCommand;
import org.dischargehub.ui.ActionDialog;

/**
 * The outcome of one try at a call: well, needs help (with what help, which goes to the MDT as a new referral's
 * notes) or not reached. It knows nothing of services: it hands the command to {@code record}, whose refusals land at
 * the field they name.
 */
class CallOutcomeDialog extends ActionDialog {

    final RadioButtonGroup<CallOutcome> outcome = new RadioButtonGroup<>("How did the call go?");
    final TextArea note = new TextArea("Note");

    CallOutcomeDialog(String person, Consumer<OutcomeCommand> record) {
        super("Call to " + person, "Record outcome");
        outcome.setId("call-outcome");
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(CallOutcome::label);
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.setRequiredIndicatorVisible(true);
        note.setId("call-note");
        note.setMaxLength(4000);
        note.setHelperText("Needs help: say what help, for the MDT. Not reached: it comes back on the list later.");
        note.setWidthFull();
        confirm.setId("record-call-outcome");
        field("outcome", outcome).field("note", note)
                .onConfirm(() -> record.accept(new OutcomeCommand(outcome.getValue(), note.getValue())));
    }
}
