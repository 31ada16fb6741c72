package org.dischargehub.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
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

    BedAllocationDialog(String person, BedOptions options, Consumer<String> reserve) {
        this.reserve = reserve;
        this.person = person;
        setHeaderTitle("Allocate a bed for " + person);
        setWidth("min(60rem, 100vw)");
        candidates.setId("bed-candidates");
        candidates.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates.addColumn(Row::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        candidates.addColumn(r -> r.candidate().bedCode()).setHeader("Bed").setAutoWidth(true);
        candidates.addColumn(r -> r.candidate().settingName() + " (tier " + r.candidate().tier() + ", "
                + r.candidate().locality() + ")").setHeader("Setting").setFlexGrow(2);
        candidates.addColumn(r -> r.candidate().reason()).setHeader("Why here").setFlexGrow(3);
        candidates.addComponentColumn(this::reserveButton).setAutoWidth(true).setFlexGrow(0);
        candidates.setEmptyStateText("No bed fits this person now. The reasons are below; escalate if it stays so.");
        candidates.setAllRowsVisible(true);
        List<Candidate> ranked = options.candidates();
        candidates.setItems(IntStream.range(0, ranked.size()).mapToObj(i -> new Row(i + 1, ranked.get(i))).toList());
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
        askForRetriage.setVisible(candidates.getListDataView().getItemCount() == 0);
        askForRetriage.addClickListener(e -> {
            TextArea reason = new TextArea("Why no bed fits the plan");
            reason.setMaxLength(4000);
            reason.setManualValidation(true);
            new ActionDialog("Ask the MDT to re-triage " + person, "Send to the MDT")
                    .explain("The person heads the MDT's worklist until the MDT triages again.")
                    .field("reason", reason)
                    .onConfirm(() -> ask.accept(reason.getValue()))
                    .afterSuccess(this::close)
                    .open();
        });
        return this;
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
