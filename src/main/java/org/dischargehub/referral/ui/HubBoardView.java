package org.dischargehub.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.dischargehub.audit.AuditService;
import org.dischargehub.audit.AuditSubject;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.referral.BoardFilter;
import org.dischargehub.referral.BoardSort;
import org.dischargehub.referral.BoardSort.Column;
import org.dischargehub.referral.DelayReasonService;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.referral.Urgency;
import org.dischargehub.shared.HubChange.EscalationChanged;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.Pathway;
import org.dischargehub.ui.GridCsv;
import org.dischargehub.ui.LiveUpdates;
import org.dischargehub.ui.NarrowScreen;
import org.dischargehub.ui.PrintButton;

/**
 * Every open referral on one board, the most urgent first (most days past the ready date, then longest waiting at
 * the current step), filtered and searched, moving live as other people change things.
 */
@Route("board")
@Menu(title = "Hub board", order = 40, icon = "vaadin:table")
@PageTitle("Hub board | Discharge Hub")
@RolesAllowed({"COORDINATOR", "MANAGER", "MDT"})
public class HubBoardView extends VerticalLayout implements BeforeEnterObserver {

    final FlexLayout counts = new FlexLayout();
    final TextField search = new TextField();
    final Select<Pathway> pathway = new Select<>();
    final ComboBox<Locality> locality = new ComboBox<>();
    final Select<ReferralStatus> status = new Select<>();
    final Grid<Referral> grid = new Grid<>(Referral.class, false);
    private final ReferralService referrals;
    private final Map<String, String> delayReasonLabels;
    private final Urgency urgency;
    private Map<Long, String> localityCodes = Map.of();

    public HubBoardView(ReferralService referrals, DelayReasonService delayReasons, DirectoryService directory,
            Clock clock, LiveUpdates liveUpdates, AuditService audit) {
        this.referrals = referrals;
        this.delayReasonLabels = delayReasons.labels();
        this.urgency = new Urgency(clock);
        configureFilters(directory);
        configureGrid(clock);
        counts.setId("board-counts");
        counts.addClassName("board-counts");
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        FlexLayout filters = new FlexLayout(search, pathway, locality, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("board-filters");
        filters.setWidthFull();
        HorizontalLayout export = new HorizontalLayout(GridCsv.download(grid, "board-csv", "the hub board",
                "hub-board", (rows, file) -> audit.exported("HUB_BOARD", null, rows.stream()
                        .map(r -> new AuditSubject(r.id(), r.patient().nhsNumber())).toList(), file)), PrintButton.forGrid(grid, "board-print", "the hub board"));
        export.addClassName("list-export");
        export.setAlignItems(Alignment.CENTER);
        add(new H2("Hub board"), counts, filters, export, grid);
        setSizeFull();
        liveUpdates.subscribe(this, HubBoardView::aboutReferrals, this::refresh);
        refresh();
    }

    /** A link may name whom to look for: {@code /board?search=…} opens the board with that search made. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("search").ifPresent(search::setValue);
    }

    private void configureFilters(DirectoryService directory) {
        search.setId("board-search");
        search.setPlaceholder("NHS number or name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        pathway.setId("board-pathway");
        pathway.setItems(Pathway.values());
        pathway.setItemLabelGenerator(p -> p == null ? "All pathways" : "Pathway " + p.number());
        pathway.setEmptySelectionAllowed(true);
        pathway.setEmptySelectionCaption("All pathways");
        pathway.setPlaceholder("All pathways");
        pathway.addValueChangeListener(e -> refresh());
        locality.setId("board-locality");
        locality.setItems(directory.localities());
        locality.setItemLabelGenerator(l -> l.code() + " · " + l.name());
        locality.setPlaceholder("All localities");
        locality.setClearButtonVisible(true);
        locality.addValueChangeListener(e -> refresh());
        status.setId("board-status");
        status.setItems(ReferralStatus.OPEN);
        status.setItemLabelGenerator(s -> s == null ? "All statuses" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All open statuses");
        status.setPlaceholder("All open statuses");
        status.addValueChangeListener(e -> refresh());
    }

    private void configureGrid(Clock clock) {
        grid.setId("board-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridCsv.addColumn(grid, r -> daysPast(urgency.daysPastReady(r))).setHeader("Days past ready").setAutoWidth(true)
                .setFlexGrow(0).setSortProperty(Column.DAYS_PAST_READY.key());
        GridCsv.addColumn(grid, Referral::fullName).setHeader("Name").setSortProperty(Column.NAME.key()).setFlexGrow(2);
        GridCsv.text(grid.addColumn(ReferralFormat.statusBadgeRenderer(Referral::status, urgency::waitingAtStep)),
                        r -> r.status().label() + " for " + ReferralFormat.waiting(urgency.waitingAtStep(r)))
                .setHeader("Current step").setAutoWidth(true).setSortProperty(Column.CURRENT_STEP.key());
        GridCsv.text(grid.addColumn(LitRenderer.<Referral>of("${item.infection ? html`<vaadin-icon icon=\"vaadin:warning\""
                        + " class=\"infection-flag\" role=\"img\" aria-label=\"Infection positive\""
                        + " title=\"Infection positive\"></vaadin-icon>` : ''}")
                        .withProperty("infection", r -> r.stay().infectionPositive())),
                        r -> r.stay().infectionPositive() ? "Infection positive" : "")
                .setHeader("Infection").setWidth("8rem").setFlexGrow(0).setSortProperty(Column.INFECTION.key());
        Grid.Column<Referral> ward = GridCsv.addColumn(grid, r -> r.stay().hospital() + " · " + r.stay().ward())
                .setHeader("Hospital / ward").setFlexGrow(2).setSortProperty(Column.WARD.key());
        Grid.Column<Referral> nhs = GridCsv.addColumn(grid, r -> r.patient().formattedNhsNumber()).setHeader("NHS number")
                .setAutoWidth(true);
        Grid.Column<Referral> path = GridCsv.addColumn(grid, r ->
                r.pathway() == null ? "–" : String.valueOf(r.pathway().number()))
                .setHeader("Pathway").setAutoWidth(true).setSortProperty(Column.PATHWAY.key());
        Grid.Column<Referral> place = GridCsv.addColumn(grid, r ->
                localityCodes.get(r.stay().localityId())).setHeader("Locality")
                .setAutoWidth(true).setSortProperty(Column.LOCALITY.key());
        Grid.Column<Referral> ready = GridCsv.addColumn(grid,
                r -> new HumanTime(clock).dateTime(r.stay().readyToLeaveAt()))
                .setHeader("Ready to leave").setAutoWidth(true).setSortProperty(Column.READY_TO_LEAVE.key());
        GridCsv.text(grid.addColumn(LitRenderer.<Referral>of("${item.needed ? html`<span class=\"status-badge delay-needed\">"
                        + "Delay reason needed</span>` : item.reason}")
                        .withProperty("needed", urgency::needsDelayReason)
                        .withProperty("reason", r -> r.delayReason() == null ? ""
                                : delayReasonLabels.getOrDefault(r.delayReason(), r.delayReason()))),
                        this::delayReason)
                .setHeader("Delay reason").setFlexGrow(2);
        GridCsv.text(grid.addColumn(LitRenderer.<Referral>of("${item.urgent ? html`<span class=\"status-badge urgent\">Urgent</span>`"
                        + " : ''}").withProperty("urgent", Referral::urgent)), r -> r.urgent() ? "Urgent" : "")
                .setHeader("Urgent").setAutoWidth(true)
                .setFlexGrow(0);
        // a screenful and a little more per fetch: a session holds the rows fetched (and Vaadin the last response)
        grid.setPageSize(25);
        grid.setItems(query -> referrals.board(filter(), sorts(query), query.getOffset(), query.getLimit()).stream(),
                query -> (int) referrals.boardCount(filter()));
        grid.setEmptyStateText("No open referrals match these filters");
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
        grid.setMinHeight("20rem");
        NarrowScreen.follow(this, narrow -> List.of(ward, nhs, path, place, ready)
                .forEach(c -> c.setVisible(!narrow)));
    }

    private String delayReason(Referral r) {
        return urgency.needsDelayReason(r) ? "Delay reason needed" : r.delayReason() == null ? ""
                : delayReasonLabels.getOrDefault(r.delayReason(), r.delayReason());
    }

    private static String daysPast(long days) {
        return days == 0 ? "" : days == 1 ? "1 day" : days + " days";
    }

    private void open(Referral referral) {
        getUI().ifPresent(ui -> ui.navigate(ReferralView.class, new RouteParameters("id", referral.id())));
    }

    /** The changes a list of referrals redraws on: not a provider's capacity or a bed's maintenance, say. */
    static boolean aboutReferrals(Object change) {
        return change instanceof ReferralChanged || change instanceof EscalationChanged;
    }

    private void filterByStatus(ReferralStatus chosen) {
        status.setValue(chosen);
    }

    private BoardFilter filter() {
        return new BoardFilter(search.getValue(), pathway.getValue(),
                locality.getValue() == null ? null : locality.getValue().id(), status.getValue());
    }

    /** The grid's sort as the board's columns; a key the board does not know is left out. */
    private static List<BoardSort> sorts(Query<Referral, ?> query) {
        return query.getSortOrders().stream().flatMap(order -> Column.byKey(order.getSorted())
                .map(column -> new BoardSort(column, order.getDirection() == SortDirection.DESCENDING)).stream())
                .toList();
    }

    /** The rows are read again a page at a time as the grid asks for them; the counts now. */
    private void refresh() {
        localityCodes = referrals.localityCodes();
        showCounts(referrals.boardCountsByStatus(filter()));
        grid.getDataProvider().refreshAll();
    }

    private void showCounts(Map<ReferralStatus, Long> byStatus) {
        counts.removeAll();
        ReferralStatus.OPEN.forEach(s -> {
            Button count = new Button(s.label() + ": " + byStatus.getOrDefault(s, 0L), e -> filterByStatus(s));
            count.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            count.setId("count-" + s.name().toLowerCase().replace('_', '-'));
            counts.add(count);
        });
    }
}
