package org.dischargehub.referral.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.dischargehub.beds.BedType;
import org.dischargehub.referral.ReferralCommands.Triage;
import org.dischargehub.shared.Pathway;
import org.dischargehub.ui.Forms;

/**
 * The MDT's decision for one person: the pathway, what it needs (a bed type for 2 and 3, hours and a start day for
 * 1) and why. Saving hands the command to the caller's action; refusals land at the field they name.
 */
final class TriageDialog extends Dialog {

    final Select<Pathway> pathway = new Select<>();
    final Select<BedType> bedType = new Select<>();
    final BigDecimalField hoursPerWeek = new BigDecimalField("Hours of care per week");
    final DatePicker startDate = new DatePicker("Care starts on");
    final TextArea rationale = new TextArea("Rationale");
    final Button save = new Button("Save triage");
    final Button dismiss = new Button("Back");
    private final Consumer<Triage> action;

    TriageDialog(String person, Consumer<Triage> action) {
        this.action = action;
        setHeaderTitle("Triage " + person);
        pathway.setId("triage-pathway");
        pathway.setLabel("Pathway");
        pathway.setItems(Pathway.values());
        pathway.setItemLabelGenerator(ReferralFormat::pathway);
        pathway.setPlaceholder("Choose a pathway");
        pathway.addValueChangeListener(e -> showRequirementFields());
        bedType.setId("triage-bed-type");
        bedType.setLabel("Bed type");
        bedType.setItems(BedType.values());
        bedType.setItemLabelGenerator(ReferralFormat::bedType);
        hoursPerWeek.setId("triage-hours");
        startDate.setId("triage-start-date");
        startDate.setLocale(Locale.UK);
        rationale.setId("triage-rationale");
        rationale.setMaxLength(4000);
        rationale.setHelperText("What the MDT saw and why this pathway");
        for (HasValidation field : fields().values()) {
            field.setManualValidation(true);
        }
        FormLayout form = new FormLayout(pathway, bedType, hoursPerWeek, startDate, rationale);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(form);
        save.setId("triage-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        dismiss.addClickListener(e -> close());
        getFooter().add(dismiss, save);
        showRequirementFields();
    }

    Map<String, HasValidation> fields() {
        return Map.of("pathway", pathway, "bedType", bedType, "hoursPerWeek", hoursPerWeek, "startDate", startDate,
                "rationale", rationale);
    }

    /** What the form says, sending only what the chosen pathway shows. */
    Triage command() {
        Pathway chosen = pathway.getValue();
        boolean bed = chosen != null && chosen.needsBed();
        boolean homeCare = chosen != null && chosen.needsHomeCare();
        return new Triage(chosen == null ? null : chosen.number(), bed ? bedType.getValue() : null,
                homeCare ? hoursPerWeek.getValue() : null,
                homeCare ? startDate.getValue() : null, rationale.getValue());
    }

    private void showRequirementFields() {
        Pathway chosen = pathway.getValue();
        bedType.setVisible(chosen != null && chosen.needsBed());
        hoursPerWeek.setVisible(chosen != null && chosen.needsHomeCare());
        startDate.setVisible(chosen != null && chosen.needsHomeCare());
    }

    private void save() {
        if (Forms.submit(fields(), () -> action.accept(command()))) {
            close();
        }
    }
}
