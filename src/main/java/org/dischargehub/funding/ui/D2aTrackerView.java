package org.dischargehub.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.CareSetting;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.directory.Provider;
import org.dischargehub.funding.FundingService;
import org.dischargehub.funding.TrackerFilter;
import org.dischargehub.funding.TrackerRow;
import org.dischargehub.funding.TrackerRow.Urgency;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.NhsNumber;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.GridCsv;
import org.dischargehub.ui.LiveUpdates;

/**
 * Everyone in a funded D2A period: day N of M, funded days left, the assessment, past-the-end-without-a-decision on
 * top and the end near highlighted. Filters narrow it by pathway, locality, provider or setting (also as query
 * parameters, e.g. {@code d2a?locality=ASH}); the decision and the assessment are recorded from each row.
 */
@Route("d2a")
@Menu(title = "D2A tracker", order = 80, icon = "vaadin:hourglass")
@PageTitle("D2A tracker | Discharge Hub")
@RolesAllowed({"COORDINATOR", "MANAGER"})
public class D2aTrackerView extends VerticalLayout implements BeforeEnterObserver {

    final Select<Integer> pathway = new Select<>();
    final ComboBox<Locality> locality = new ComboBox<>("Locality");
    final ComboBox<Provider> provider = new ComboBox<>("Provider");
    final ComboBox<CareSetting> setting = new ComboBox<>("Setting");
    final Checkbox includeDecided = new Checkbox("Also show decided episodes not yet closed");
    final Span summary = new Span();
    final Grid<TrackerRow> grid = new Grid<>(TrackerRow.class, false);
    private final FundingService funding;
    private final Clock clock;
    private Grid.Column<TrackerRow> decisionColumn;
    private boolean ready;

    public D2aTrackerView(FundingService funding, DirectoryService directory,
            BedBaseService bedBase, LiveUpdates live, Clock clock, AuditService audit) {
        this.funding = funding;
        this.clock = clock;
        configureFilters(directory, bedBase);
        configureGrid();
        summary.setId("d2a-summary");
        HorizontalLayout filters = new HorizontalLayout(pathway, locality, provider, setting, includeDecided);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("D2A tracker"), new Paragraph("People in the funded discharge-to-assess period. The assessment "
                + "falls due " + funding.assessmentDueBefore().getDays() + " days before the funded period ends; "
                + "past the end without a decision, the NHS no longer pays."), filters, summary, export(audit), grid);
        setSizeFull();
        live.subscribe(this, this::refresh);
    }

    private void configureFilters(DirectoryService directory, BedBaseService bedBase) {
        pathway.setLabel("Pathway");
        pathway.setItems(1, 2, 3);
        pathway.setEmptySelectionAllowed(true);
        pathway.setEmptySelectionCaption("Any pathway");
        pathway.setItemLabelGenerator(p -> p == null ? "Any pathway" : "Pathway " + p);
        locality.setItems(directory.localities());
        locality.setItemLabelGenerator(l -> l.code() + " · " + l.name());
        provider.setItems(directory.providers());
        provider.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        setting.setItems(bedBase.settings());
        setting.setItemLabelGenerator(s -> s.code() + " · " + s.name());
        for (var field : List.of(locality, provider, setting)) {
            field.setClearButtonVisible(true);
            field.setPlaceholder("Any");
        }
        pathway.addValueChangeListener(e -> refresh());
        locality.addValueChangeListener(e -> refresh());
        provider.addValueChangeListener(e -> refresh());
        setting.addValueChangeListener(e -> refresh());
        includeDecided.addValueChangeListener(e -> refresh());
    }

    private HorizontalLayout export(AuditService audit) {
        HorizontalLayout export = new HorizontalLayout(GridCsv.download(grid, "d2a-csv", "the D2A tracker",
                "d2a-tracker", (rows, file) -> audit.exported("D2A_TRACKER", null, rows.stream()
                        .map(r -> new AuditSubject(r.referralId(), r.nhsNumber())).toList(), file)));
        export.addClassName("list-export");
        return export;
    }

    /**
     * The columns a coordinator acts on fit a 1366 px screen beside the menu; the NHS number, last funded day and
     * locality are in each row's detail (a click on the row) and in the CSV.
     */
    private void configureGrid() {
        grid.setId("d2a-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("Nobody is in a funded period with these filters");
        GridCsv.text(grid.addColumn(new ComponentRenderer<>(D2aTrackerView::urgencyBadge)), r -> r.urgency().label())
                .setHeader("Status").setWidth("10rem").setFlexGrow(0);
        GridCsv.addColumn(grid, TrackerRow::name).setHeader("Name").setSortable(true).setFlexGrow(2);
        GridCsv.addColumn(grid, r -> "Day " + r.day() + " of " + r.period().fundedDays()).setHeader("Funded period")
                .setWidth("8rem").setFlexGrow(0);
        GridCsv.addColumn(grid, D2aTrackerView::daysLeft).setHeader("Days left").setComparator(TrackerRow::daysLeft)
                .setSortable(true).setWidth("8rem").setFlexGrow(0);
        GridCsv.addColumn(grid, D2aTrackerView::assessment).setHeader("Assessment").setFlexGrow(2);
        GridCsv.addColumn(grid, r -> HumanTime.date(r.period().lastDay())).setHeader("Last funded day").setVisible(false);
        GridCsv.addColumn(grid, r -> new NhsNumber(r.nhsNumber()).formatted()).setHeader("NHS number")
                .setVisible(false);
        GridCsv.addColumn(grid, r -> "P" + r.pathway() + " · " + r.placement()).setHeader("Placement")
                .setSortable(true).setFlexGrow(2);
        GridCsv.addColumn(grid, TrackerRow::locality).setHeader("Locality").setVisible(false);
        decisionColumn = GridCsv.addColumn(grid, D2aTrackerView::decision).setHeader("Decision").setFlexGrow(2);
        decisionColumn.setVisible(false);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setWidth("11rem").setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> new Span("NHS number "
                + new NhsNumber(r.nhsNumber()).formatted() + " · last funded day " + HumanTime.date(r.period().lastDay())
                + " · locality " + r.locality())));
        grid.setPartNameGenerator(r -> switch (r.urgency()) {
            case PAST_END -> "d2a-past-end";
            case NEAR_END -> "d2a-near-end";
            default -> null;
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("pathway").flatMap(D2aTrackerView::pathwayNumber).ifPresent(pathway::setValue);
        query.getSingleParameter("locality").flatMap(code -> find(locality, l -> l.code().equals(code)))
                .ifPresent(locality::setValue);
        query.getSingleParameter("provider").flatMap(code -> find(provider, p -> p.code().equals(code)))
                .ifPresent(provider::setValue);
        query.getSingleParameter("setting").flatMap(code -> find(setting, s -> s.code().equals(code)))
                .ifPresent(setting::setValue);
        ready = true;
        refresh();
    }

    TrackerFilter filter() {
        return new TrackerFilter(pathway.getValue(), locality.getValue() == null ? null : locality.getValue().code(),
                provider.getValue() == null ? null : provider.getValue().code(),
                setting.getValue() == null ? null : setting.getValue().code(), includeDecided.getValue());
    }

    private void refresh() {
        if (!ready) {
            return;
        }
        List<TrackerRow> rows = funding.tracker(filter());
        decisionColumn.setVisible(includeDecided.getValue());
        grid.setItems(rows);
        long pastEnd = rows.stream().filter(r -> r.urgency() == Urgency.PAST_END).count();
        long nearEnd = rows.stream().filter(r -> r.urgency() == Urgency.NEAR_END).count();
        long open = rows.stream().filter(r -> r.urgency() != Urgency.DECIDED).count();
        summary.setText(open + " in a funded period · " + pastEnd + " past the end without a decision · " + nearEnd
                + " with the end near");
    }

    private Component actions(TrackerRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        actions.setWrap(true); // the second action goes under the first rather than past the grid's edge
        boolean decided = row.urgency() == Urgency.DECIDED;
        Button decide = new Button(decided ? "Amend decision" : "Record decision", e -> openDecision(row));
        decide.setId((decided ? "amend-" : "decide-") + row.referralId());
        decide.addThemeVariants(ButtonVariant.LUMO_SMALL, decided ? ButtonVariant.LUMO_TERTIARY
                : ButtonVariant.LUMO_PRIMARY);
        actions.add(decide);
        if (!decided) {
            Button assessment = new Button("Assessment", e -> openAssessment(row));
            assessment.setId("assess-" + row.referralId());
            assessment.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(assessment);
        }
        return actions;
    }

    private void openDecision(TrackerRow row) {
        LocalDate today = LocalDate.now(clock);
        if (row.urgency() == Urgency.DECIDED) {
            FundingDecisionDialog.amend(row.name(), CurrentUser.name(), row.period().start(), today, row.decision(),
                    amendment -> {
                        funding.amend(row.referralId(), amendment);
                        Forms.success("Decision amended for " + row.name());
                        refresh();
                    }).open();
        } else {
            FundingDecisionDialog.decide(row.name(), CurrentUser.name(), row.period().start(), today, decision -> {
                funding.decide(row.referralId(), decision);
                Forms.success("Decision recorded for " + row.name() + ": the funded period ends on "
                        + decision.decidedOn());
                refresh();
            }).open();
        }
    }

    private void openAssessment(TrackerRow row) {
        new AssessmentDialog(row.name(), row.assessmentStatus(), update -> {
            funding.recordAssessment(row.referralId(), update);
            Forms.success("Assessment " + update.status().label().toLowerCase() + " for " + row.name());
            refresh();
        }).open();
    }

    private static Span urgencyBadge(TrackerRow row) {
        Span badge = new Span(row.urgency().label());
        badge.addClassNames("d2a-badge", "d2a-" + row.urgency().name().toLowerCase().replace('_', '-'));
        return badge;
    }

    static String daysLeft(TrackerRow row) {
        int left = row.daysLeft();
        if (row.urgency() == Urgency.DECIDED) {
            return "";
        }
        if (left < 0) {
            return "Ended " + -left + (left == -1 ? " day ago" : " days ago");
        }
        if (left == 0) {
            return "Last funded day";
        }
        return left + (left == 1 ? " day left" : " days left");
    }

    static String assessment(TrackerRow row) {
        if (row.assessmentStatus() != null) {
            return row.assessmentStatus().label();
        }
        return row.urgency() == Urgency.DECIDED ? "" : "Not booked · due " + HumanTime.date(row.assessmentDueOn());
    }

    static String decision(TrackerRow row) {
        return row.decision() == null ? "" : row.decision().summary();
    }

    private static Optional<Integer> pathwayNumber(String text) {
        return switch (text) {
            case "1", "2", "3" -> Optional.of(Integer.parseInt(text));
            default -> Optional.empty();
        };
    }

    private static <T> Optional<T> find(ComboBox<T> box, Predicate<T> matches) {
        return box.getListDataView().getItems().filter(matches).findFirst();
    }
}
