package org.dischargehub.referral.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.dischargehub.beds.BedOptions;
import org.dischargehub.beds.BedOptions.Candidate;
import org.dischargehub.ui.ActionDialog;
import org.dischargehub.ui.Forms;

/** The beds that fit one person, best first with why, each with a button to reserve it; and what was left out. */
final class BedAllocationDialog extends Dialog {

    record Row(int rank, Candidate candidate) {
    }

    final Grid<Row> candidates = new Grid<>(Row.class, false);
    final UnorderedList leftOut = new UnorderedList();
    final Button askForRetriage = new Button("Ask the MDT to re-triage");
    private final Consumer<String> reserve;
    private final String person;
    private final boolean noBedFits;

    BedAllocationDialog(String person, BedOptions options, Consumer<String> reserve) {
        this.reserve = reserve;
        this.person = person;
        this.noBedFits = options.candidates().isEmpty();
        setHeaderTitle("Allocate a bed for " + person);
        setWidth("min(60rem, 100vw)");
        candidates.setId("bed-candidates");
        candidates.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates.addColumn(Row::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(r -> r.candidate().bedCode()).setHeader("Bed").setAutoWidth(true);
        candidates.addColumn(r -> r.candidate().settingName() + " (tier " + r.candidate().tier() + ", "
                + r.candidate().locality() + ")").setHeader("Setting").setFlexGrow(2);
        candidates.addColumn(r -> r.candidate().reason()).setHeader("Why here").setFlexGrow(3);
        candidates.addComponentColumn(r -> warnings(r.candidate())).setHeader("Warnings").setFlexGrow(2);
        candidates.addComponentColumn(this::reserveButton).setAutoWidth(true).setFlexGrow(0);
        candidates.setEmptyStateText("No bed fits this person now. The reasons are below; escalate if it stays so.");
        candidates.setAllRowsVisible(true);
        List<Candidate> ranked = options.candidates();
        candidates.setItems(IntStream.range(0, ranked.size()).mapToObj(i -> new Row(i + 1, ranked.get(i))).toList());
        leftOut.setId("left-out");
        options.excluded().forEach(e -> leftOut.add(new ListItem(e.settingName() + ": " + e.reason())));
        add(candidates);
        if (!options.excluded().isEmpty()) {
            add(new H4("Left out"), leftOut);
        } else if (ranked.isEmpty()) {
            add(new Paragraph(options.whyNone()));
        }
        Button dismiss = new Button("Back", e -> close());
        askForRetriage.setId("ask-for-retriage");
        askForRetriage.setVisible(false);
        getFooter().add(askForRetriage, dismiss);
    }

    /** When no bed fits, offers to send the person back to the MDT with a reason; {@code ask} takes the reason. */
    BedAllocationDialog onAskForRetriage(Consumer<String> ask) {
        askForRetriage.setVisible(noBedFits);
        askForRetriage.addClickListener(e -> reasonDialog("retriage", "Ask the MDT to re-triage " + person,
                "Why no bed fits the plan", "Send to the MDT",
                "The person heads the MDT's worklist until the MDT triages again.", ask).open());
        return this;
    }

    /**
     * When no bed fits: "Escalate now" asks for the reason and hands it to {@code escalate}, which tells the hub
     * manager at once; the dialog closes once that went through.
     */
    BedAllocationDialog onEscalateNow(Consumer<String> escalate) {
        if (noBedFits) {
            Button escalateNow = new Button("Escalate now", e -> reasonDialog("escalate",
                    "Escalate now: no bed fits " + person, "Why no bed fits, and what you need", "Escalate now",
                    "The hub manager is told at once, with your reason. The escalation closes itself when a bed "
                            + "is reserved or the plan changes.", escalate).open());
            escalateNow.setId("escalate-now");
            escalateNow.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(escalateNow);
        }
        return this;
    }

    /** Asks why, then hands the reason on; this dialog closes once that went through. Ids start with {@code id}. */
    private ActionDialog reasonDialog(String id, String title, String label, String confirm, String explanation,
            Consumer<String> then) {
        TextArea reason = new TextArea(label);
        reason.setId(id + "-reason");
        reason.setMaxLength(4000);
        reason.setManualValidation(true);
        reason.setRequiredIndicatorVisible(true);
        ActionDialog dialog = new ActionDialog(title, confirm)
                .explain(explanation)
                .field("reason", reason)
                .onConfirm(() -> then.accept(reason.getValue()))
                .afterSuccess(this::close);
        dialog.confirm.setId(id + "-confirm");
        return dialog;
    }

    /** A RED or AMBER setting's rating as a badge, with the reasons behind it. */
    private static Span warnings(Candidate candidate) {
        Span shown = new Span();
        if (candidate.warnings().isEmpty()) {
            return shown;
        }
        Span badge = new Span(candidate.rag());
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("RED".equals(candidate.rag()) ? "error" : "contrast");
        shown.add(badge, new Text(" " + String.join("; ", candidate.warnings())));
        shown.setId("warnings-" + candidate.bedCode());
        return shown;
    }

    private Button reserveButton(Row row) {
        Button button = new Button("Reserve", e -> reserve(row.candidate().bedCode()));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.setId("reserve-" + row.candidate().bedCode());
        return button;
    }

    private void reserve(String bedCode) {
        if (Forms.submit(Map.of(), () -> reserve.accept(bedCode))) {
            close();
        }
    }
}
