package org.dischargehub.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundingCommands.AssessmentUpdate;
import org.dischargehub.ui.Forms;

/** The assessment's progress for one person, with a note for their timeline; completing it ends "Assessment due". */
final class AssessmentDialog extends Dialog {

    final Select<AssessmentStatus> status = new Select<>();
    final TextArea note = new TextArea("Note");
    final Button save = new Button("Record");
    final Button dismiss = new Button("Back");
    private final Consumer<AssessmentUpdate> action;

    AssessmentDialog(String person, AssessmentStatus current, Consumer<AssessmentUpdate> action) {
        this.action = action;
        setHeaderTitle("Assessment for " + person);
        status.setId("assessment-status");
        status.setLabel("Assessment");
        status.setItems(AssessmentStatus.values());
        status.setItemLabelGenerator(AssessmentStatus::label);
        status.setValue(current == null ? AssessmentStatus.BOOKED : AssessmentStatus.COMPLETED);
        note.setId("assessment-note");
        note.setMaxLength(4000);
        note.setHelperText("Who assesses, when, and what they found");
        for (HasValidation field : fields().values()) {
            field.setManualValidation(true);
        }
        FormLayout form = new FormLayout(status, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(form);
        save.setId("assessment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        dismiss.addClickListener(e -> close());
        getFooter().add(dismiss, save);
    }

    Map<String, HasValidation> fields() {
        return Map.of("status", status, "note", note);
    }

    private void save() {
        if (Forms.submit(fields(), () -> action.accept(new AssessmentUpdate(status.getValue(), note.getValue())))) {
            close();
        }
    }
}
