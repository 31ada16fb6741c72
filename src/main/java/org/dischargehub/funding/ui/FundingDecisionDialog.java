package org.dischargehub.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.dischargehub.funding.FundingCommands.Amendment;
import org.dischargehub.funding.FundingCommands.Decision;
import org.dischargehub.funding.FundingDecision;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;

/**
 * The funding decision for one person: outcome, date, rationale and whether it is fast-track CHC at the end of life;
 * or, for a decision already recorded, its amendment with the reason. Saving hands the command to the caller's
 * action; refusals land at the field they name and the dialog stays open.
 */
final class FundingDecisionDialog extends Dialog {

    final Select<FundingOutcome> outcome = new Select<>();
    final DatePicker decidedOn = new DatePicker("Decided on (first day not recharged)");
    final TextArea rationale = new TextArea("Rationale");
    final Checkbox fastTrack = new Checkbox("Fast-track CHC (end of life)");
    final TextArea reason = new TextArea("Reason for the amendment");
    final Button save = new Button();
    final Button dismiss = new Button("Back");
    private final Consumer<Decision> decide;
    private final Consumer<Amendment> amend;

    private FundingDecisionDialog(String title, String decidedBy, LocalDate dischargedOn, LocalDate today,
            Consumer<Decision> decide, Consumer<Amendment> amend) {
        this.decide = decide;
        this.amend = amend;
        setHeaderTitle(title);
        outcome.setId("decision-outcome");
        outcome.setLabel("Outcome: who pays afterwards");
        outcome.setItems(FundingOutcome.values());
        outcome.setItemLabelGenerator(FundingOutcome::label);
        outcome.setPlaceholder("Choose an outcome");
        outcome.addValueChangeListener(e -> allowFastTrack());
        decidedOn.setId("decision-date");
        decidedOn.setLocale(Locale.UK);
        decidedOn.setMin(dischargedOn);
        decidedOn.setMax(today);
        decidedOn.setValue(today);
        rationale.setId("decision-rationale");
        rationale.setMaxLength(4000);
        fastTrack.setId("decision-fast-track");
        reason.setId("decision-reason");
        reason.setMaxLength(4000);
        reason.setVisible(amend != null);
        for (HasValidation field : fields().values()) {
            field.setManualValidation(true);
        }
        FormLayout form = new FormLayout(outcome, decidedOn, fastTrack, rationale, reason,
                new Paragraph("Recorded as decided by " + decidedBy + ". Discharged on " + HumanTime.date(dischargedOn) + "."));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("30rem");
        add(form);
        save.setId("decision-save");
        save.setText(amend == null ? "Record decision" : "Record amendment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        dismiss.addClickListener(e -> close());
        getFooter().add(dismiss, save);
        allowFastTrack();
    }

    /** A first decision for someone in the funded period. */
    static FundingDecisionDialog decide(String person, String decidedBy, LocalDate dischargedOn, LocalDate today,
            Consumer<Decision> action) {
        return new FundingDecisionDialog("Funding decision for " + person, decidedBy, dischargedOn, today, action,
                null);
    }

    /** A correction to the decision recorded, starting from it; the reason is kept with the amendment. */
    static FundingDecisionDialog amend(String person, String decidedBy, LocalDate dischargedOn, LocalDate today,
            FundingDecision current, Consumer<Amendment> action) {
        FundingDecisionDialog dialog = new FundingDecisionDialog("Amend the funding decision for " + person,
                decidedBy, dischargedOn, today, null, action);
        dialog.outcome.setValue(current.outcome());
        dialog.decidedOn.setValue(current.decidedOn());
        dialog.rationale.setValue(current.rationale());
        dialog.fastTrack.setValue(current.fastTrack());
        return dialog;
    }

    Map<String, HasValidation> fields() {
        return Map.of("outcome", outcome, "decidedOn", decidedOn, "rationale", rationale, "fastTrack", fastTrack,
                "reason", reason);
    }

    Decision decision() {
        return new Decision(outcome.getValue(), decidedOn.getValue(), rationale.getValue(), fastTrack.getValue());
    }

    Amendment amendment() {
        return new Amendment(outcome.getValue(), decidedOn.getValue(), rationale.getValue(), fastTrack.getValue(),
                reason.getValue());
    }

    private void allowFastTrack() {
        boolean chc = outcome.getValue() == FundingOutcome.CHC;
        fastTrack.setEnabled(chc);
        if (!chc) {
            fastTrack.setValue(false);
        }
    }

    private void save() {
        Runnable action = amend == null ? () -> decide.accept(decision()) : () -> amend.accept(amendment());
        if (Forms.submit(fields(), action)) {
            close();
        }
    }
}
