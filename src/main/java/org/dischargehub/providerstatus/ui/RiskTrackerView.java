package org.dischargehub.providerstatus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.providerstatus.FiledReturn;
import org.dischargehub.providerstatus.FollowUpAction;
import org.dischargehub.providerstatus.ProviderStatusService;
import org.dischargehub.providerstatus.Rag;
import org.dischargehub.providerstatus.RagSetting;
import org.dischargehub.providerstatus.TrackerRow;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.security.Role;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.GridCsv;
import org.dischargehub.ui.LiveUpdates;
import org.dischargehub.ui.charts.LineChart;

/** Every provider's latest status, RAG rating with its reasons, trend and overdue returns; red ones acted on. */
@Route("provider-risk")
@Menu(title = "Provider risk", order = 120, icon = "vaadin:warning")
@PageTitle("Provider risk | Discharge Hub")
@RolesAllowed({"COORDINATOR", "MANAGER", "MDT"})
public class RiskTrackerView extends VerticalLayout {

    final Select<Rag> rating = new Select<>();
    final Select<ProviderKind> kind = new Select<>();
    final Select<String> locality = new Select<>();
    final Grid<TrackerRow> tracker = new Grid<>(TrackerRow.class, false);
    final Grid<TrackerRow> chase = new Grid<>(TrackerRow.class, false);
    final Grid<RagSetting> rules = new Grid<>(RagSetting.class, false);

    private final ProviderStatusService status;
    private final boolean coordinator;
    private List<TrackerRow> rows = List.of();

    public RiskTrackerView(ProviderStatusService status, LiveUpdates live) {
        this.status = status;
        this.coordinator = CurrentUser.hasRole(Role.COORDINATOR);
        addClassName("risk-tracker");
        rating.setId("risk-rating");
        rating.setLabel("Rating");
        rating.setItems(Rag.values());
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption("Any");
        kind.setLabel("Kind");
        kind.setItems(ProviderKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any");
        locality.setLabel("Locality");
        locality.setEmptySelectionAllowed(true);
        locality.setEmptySelectionCaption("Any");
        rating.addValueChangeListener(e -> filter());
        kind.addValueChangeListener(e -> filter());
        locality.addValueChangeListener(e -> filter());
        configureTracker();
        chase.addColumn(TrackerRow::providerName).setHeader("Provider");
        chase.addColumn(r -> r.latest() == null ? "never" : r.daysSinceReturn() + " days ago").setHeader("Last return");
        chase.setAllRowsVisible(true);
        chase.setEmptyStateText("Every provider's return is up to date");
        chase.addThemeVariants(GridVariant.LUMO_COMPACT);
        HorizontalLayout filters = new HorizontalLayout(rating, kind, locality);
        filters.setWrap(true);
        HorizontalLayout export = new HorizontalLayout(GridCsv.download(tracker, "risk-csv", "the provider risk "
                + "tracker", "provider-risk"));
        export.addClassName("list-export");
        add(new H2("Provider risk tracker"), filters, export, tracker, new H3("Returns to chase"), chase);
        if (CurrentUser.hasRole(Role.MANAGER)) {
            configureRules();
            add(new H3("RAG rules"), rules);
        }
        live.subscribe(this, this::refresh);
        refresh();
    }

    /**
     * Provider and why first, with room to read; the kind, localities and trend give way on a phone (they stay in the
     * CSV); the actions keep a fixed width at the end so they are never cut off.
     */
    private void configureTracker() {
        tracker.setId("risk-grid");
        GridCsv.text(tracker.addComponentColumn(r -> badge(r.rating().rag())), r -> r.rating().rag().name())
                .setHeader("RAG").setComparator(r -> r.rating().rag()).setWidth("6rem").setFlexGrow(0);
        GridCsv.addColumn(tracker, TrackerRow::providerName).setHeader("Provider").setSortable(true).setFlexGrow(2)
                .setWidth("12rem");
        Grid.Column<TrackerRow> kindColumn = GridCsv.addColumn(tracker,
                        r -> r.kind() == ProviderKind.HOME_CARE ? "Home care" : "Bed-based").setHeader("Kind")
                .setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        Grid.Column<TrackerRow> localities = GridCsv.addColumn(tracker, r -> String.join(", ", r.localities()))
                .setHeader("Localities").setWidth("7rem").setFlexGrow(1);
        GridCsv.addColumn(tracker, r -> String.join("; ", r.rating().because())).setHeader("Why").setFlexGrow(3)
                .setWidth("12rem");
        Grid.Column<TrackerRow> trend = GridCsv.addColumn(tracker, TrackerRow::trend).setHeader("Trend")
                .setWidth("7rem").setFlexGrow(0);
        GridCsv.addColumn(tracker, r -> r.latest() == null ? "none"
                        : HumanTime.date(r.latest().returnDate()) + (r.overdue() ? " (overdue)" : ""))
                .setHeader("Latest return").setSortable(true).setWidth("8.5rem").setFlexGrow(0);
        GridCsv.addColumn(tracker, r -> r.latest() != null && !r.latest().canAdmit() ? "Not taking new people" : "")
                .setHeader("New work").setWidth("7.5rem").setFlexGrow(0);
        tracker.addComponentColumn(this::actions).setHeader("").setWidth("11rem").setFlexGrow(0);
        // what a coordinator scans for first stays in view at 1366 px; the rest opens under the row (and is in the CSV)
        List.of(kindColumn, localities, trend).forEach(c -> c.setVisible(false));
        tracker.setItemDetailsRenderer(new ComponentRenderer<>(r -> new Span(
                (r.kind() == ProviderKind.HOME_CARE ? "Home care" : "Bed-based") + " · localities "
                + String.join(", ", r.localities()) + " · trend " + r.trend())));
        tracker.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        tracker.setEmptyStateText("No providers match these filters");
        tracker.addItemClickListener(e -> showHistory(e.getItem()));
        tracker.setAllRowsVisible(true);
    }

    private Component actions(TrackerRow row) {
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassName("risk-actions");
        if (coordinator && row.openFollowUp() != null) {
            Button followUp = new Button("Record action", e -> recordAction(row));
            followUp.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(followUp);
        }
        if (coordinator && row.outbreakClosurePending()) {
            Button close = new Button("Close to admissions", e -> proposeClosure(row));
            close.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(close);
        }
        return actions;
    }

    private void recordAction(TrackerRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Follow up " + row.providerName());
        Select<FollowUpAction> action = new Select<>();
        action.setLabel("Action taken");
        action.setItems(FollowUpAction.values());
        action.setItemLabelGenerator(FollowUpAction::label);
        TextArea note = new TextArea("Note");
        note.setMaxLength(4000);
        note.setWidthFull();
        Button save = new Button("Record and close", e -> {
            if (Forms.submit(Map.of("action", action, "note", note),
                    () -> status.closeFollowUp(row.openFollowUp().id(), action.getValue(), note.getValue()))) {
                dialog.close();
                Forms.success("Follow-up closed");
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Span("Raised because: " + row.openFollowUp().reason()), new VerticalLayout(action, note));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void proposeClosure(TrackerRow row) {
        ConfirmDialog confirm = new ConfirmDialog("Close " + row.providerName() + " to admissions?",
                "A confirmed outbreak covers " + String.join(", ", row.outbreakSettings()) + ". "
                        + (row.outbreakSettings().size() == 1 ? "That setting" : "Those settings")
                        + " will stop taking new reservations; nobody already there is moved.",
                "Close to admissions", e -> {
                    if (Forms.submit(Map.of(), () -> status.closeSettingsForOutbreak(row.providerCode()))) {
                        Forms.success("Closed to admissions");
                        refresh();
                    }
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void showHistory(TrackerRow row) {
        if (!coordinator) {
            return;
        }
        List<FiledReturn> history = status.history(row.providerCode()).stream()
                .sorted(Comparator.comparing(r -> r.statusReturn().returnDate())).toList();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(row.providerName());
        if (history.isEmpty()) {
            dialog.add(new Span("No returns filed yet."));
        } else {
            String svg = LineChart.svg("Staff absent and supplies", history.stream()
                            .map(r -> HumanTime.shortDate(r.statusReturn().returnDate())).toList(),
                    List.of(new LineChart.Series("Staff absent %", history.stream()
                                    .map(r -> (double) Math.round(r.statusReturn().absentPercent())).toList()),
                            new LineChart.Series("Days of PPE", history.stream()
                                    .map(r -> (double) r.statusReturn().ppeDaysLeft()).toList())), 520, 240);
            Div chart = new Div(new Html("<div>" + svg + "</div>"));
            chart.addClassName("chart");
            Grid<FiledReturn> table = new Grid<>(FiledReturn.class, false);
            table.addColumn(r -> HumanTime.date(r.statusReturn().returnDate())).setHeader("Date");
            table.addColumn(r -> r.rating().rag()).setHeader("RAG");
            table.addColumn(r -> r.statusReturn().staffAbsent() + " / " + r.statusReturn().staffTotal())
                    .setHeader("Absent");
            table.addColumn(r -> r.statusReturn().ppeDaysLeft()).setHeader("PPE days");
            table.addColumn(r -> r.statusReturn().outbreak()).setHeader("Outbreak");
            table.setItems(history.stream()
                    .sorted(Comparator.comparing((FiledReturn r) -> r.statusReturn().returnDate()).reversed())
                    .toList());
            table.setAllRowsVisible(true);
            dialog.add(chart, table);
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("600px");
        dialog.open();
    }

    private void configureRules() {
        rules.addColumn(RagSetting::description).setHeader("Rule");
        rules.addComponentColumn(setting -> {
            IntegerField value = new IntegerField();
            value.setAriaLabel(setting.description());
            value.setValue(setting.value());
            value.setMin(0);
            value.setWidth("7em");
            value.addValueChangeListener(e -> Forms.submit(Map.of("value", value),
                    () -> status.changeRagSetting(setting.key(), e.getValue())));
            return value;
        }).setHeader("Value").setAutoWidth(true);
        rules.setAllRowsVisible(true);
        rules.addThemeVariants(GridVariant.LUMO_COMPACT);
    }

    private Span badge(Rag rag) {
        Span badge = new Span(rag.name());
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (rag) {
            case RED -> "error";
            case AMBER -> "contrast";
            case GREEN -> "success";
        });
        badge.addClassName("rag-" + rag.name().toLowerCase());
        return badge;
    }

    private void refresh() {
        rows = status.tracker();
        locality.setItems(rows.stream().flatMap(r -> r.localities().stream()).distinct().sorted().toList());
        chase.setItems(rows.stream().filter(TrackerRow::overdue).toList());
        if (CurrentUser.hasRole(Role.MANAGER)) {
            rules.setItems(status.ragSettings());
        }
        filter();
    }

    private void filter() {
        tracker.setItems(rows.stream()
                .filter(r -> rating.getValue() == null || r.rating().rag() == rating.getValue())
                .filter(r -> kind.getValue() == null || r.kind() == kind.getValue())
                .filter(r -> locality.getValue() == null || r.localities().contains(locality.getValue()))
                .toList());
    }
}
