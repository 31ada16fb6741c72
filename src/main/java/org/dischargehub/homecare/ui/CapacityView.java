package org.dischargehub.homecare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.homecare.CapacityRow;
import org.dischargehub.homecare.HomeCareCapacityService;
import org.dischargehub.homecare.LocalityDayTotal;
import org.dischargehub.shared.HubChange.HomeCareChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.GridCsv;
import org.dischargehub.ui.LiveUpdates;

/**
 * The hub's view of home-care capacity for the next two weeks: providers by day in one locality, or localities by
 * day across every provider. Each cell reads posted · booked · on offer · free, which add up (free = posted − booked
 * − on offer); when booked and on offer exceed posted the cell says "over by" instead of a negative free. A stale
 * figure is marked with its last update.
 */
@Route("home-care-capacity")
@Menu(title = "Home-care capacity", order = 90, icon = "vaadin:clock")
@PageTitle("Home-care capacity | Discharge Hub")
@RolesAllowed({"COORDINATOR", "MANAGER", "MDT"})
public class CapacityView extends VerticalLayout implements BeforeEnterObserver {

    static final int DAYS_SHOWN = 14;

    final Tab byProvider = new Tab("Providers × days");
    final Tab byLocality = new Tab("Localities × days");
    final Tabs tabs = new Tabs(byProvider, byLocality);
    final Select<Locality> locality = new Select<>();
    final DatePicker from = new DatePicker("From");
    final Grid<Line> grid = new Grid<>();

    private final HomeCareCapacityService homeCare;
    private final List<Locality> localities;
    private final HumanTime time;

    /** One row of the grid: a provider or a locality, and its figure for each day shown. */
    record Line(String label, Map<LocalDate, Cell> days) {
    }

    record Cell(BigDecimal posted, BigDecimal booked, BigDecimal offered, BigDecimal free, boolean stale,
            Instant updatedAt, String staleNote) {

        static Cell of(CapacityRow r, HumanTime time) {
            return new Cell(r.hoursPosted(), r.hoursBooked(), r.hoursOffered(), r.hoursFree(), r.stale(),
                    r.updatedAt(), "updated " + HomeCareText.when(time, r.updatedAt()));
        }

        static Cell of(LocalityDayTotal t, HumanTime time) {
            return new Cell(t.hoursPosted(), t.hoursBooked(), t.hoursOffered(), t.hoursFree(), t.stale(),
                    t.oldestUpdate(), t.staleProviders() + " of " + t.providers() + " providers stale, oldest "
                            + HomeCareText.when(time, t.oldestUpdate()));
        }
    }

    public CapacityView(HomeCareCapacityService homeCare, DirectoryService directory, LiveUpdates live,
            Clock clock) {
        this.homeCare = homeCare;
        this.time = new HumanTime(clock);
        this.localities = directory.localities();
        addClassName("capacity-view");
        setSizeFull();
        locality.setLabel("Locality");
        locality.setItems(localities);
        locality.setItemLabelGenerator(l -> l.code() + " · " + l.name());
        if (!localities.isEmpty()) {
            locality.setValue(localities.get(0));
        }
        from.setLocale(Locale.UK);
        from.setValue(homeCare.today());
        locality.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        tabs.addSelectedChangeListener(e -> refresh());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Nothing posted for these days");
        HorizontalLayout filters = new HorizontalLayout(locality, from);
        filters.setWrap(true);
        add(new H2("Home-care capacity"), tabs, filters, new Paragraph("Each day: hours per week of new packages "
                + "posted · booked · on offer · free (free = posted − booked − on offer; \"over by\" when more is booked "
                + "and on offer than posted). A figure not updated for 24 hours is stale and shows when it was."), grid);
        addComponentAtIndex(indexOf(grid), GridCsv.download(grid, "capacity-csv", "the capacity grid",
                "home-care-capacity"));
        live.subscribe(this, change -> change instanceof HomeCareChanged, this::refresh);
        refresh();
    }

    /** {@code ?locality=CODE} opens the view on that locality. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("locality")
                .flatMap(code -> localities.stream().filter(l -> l.code().equals(code)).findFirst())
                .ifPresent(locality::setValue);
    }

    private void refresh() {
        LocalDate first = from.getValue() == null ? homeCare.today() : from.getValue();
        LocalDate last = first.plusDays(DAYS_SHOWN - 1L);
        boolean providers = tabs.getSelectedTab() == byProvider;
        locality.setVisible(providers);
        List<Line> lines = providers ? providerLines(first, last) : localityLines(first, last);
        grid.removeAllColumns();
        GridCsv.addColumn(grid, Line::label).setHeader(providers ? "Provider" : "Locality").setFrozen(true).setAutoWidth(true);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate shown = day;
            grid.addComponentColumn(line -> cell(line.days().get(shown))).setHeader(HomeCareText.day(day))
                    .setAutoWidth(true);
        }
        grid.setItems(lines);
    }

    private List<Line> providerLines(LocalDate first, LocalDate last) {
        if (locality.getValue() == null) {
            return List.of();
        }
        Set<String> notTaking = homeCare.notTakingNewWork();
        Map<String, List<CapacityRow>> byProviderRows = homeCare.capacityBetween(first, last, locality.getValue().code())
                .stream().collect(Collectors.groupingBy(r -> r.providerCode() + " · " + r.providerName()
                        + (notTaking.contains(r.providerCode()) ? " — not taking new work (status return)" : ""),
                        LinkedHashMap::new, Collectors.toList()));
        return byProviderRows.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue().stream()
                .collect(Collectors.toMap(CapacityRow::date, r -> Cell.of(r, time))))).toList();
    }

    private List<Line> localityLines(LocalDate first, LocalDate last) {
        Map<String, Map<LocalDate, Cell>> byLocalityRows = homeCare.totalsByLocality(first, last).stream()
                .collect(Collectors.groupingBy(LocalityDayTotal::locality, LinkedHashMap::new,
                        Collectors.toMap(LocalityDayTotal::date, t -> Cell.of(t, time))));
        Map<String, String> names = localities.stream().collect(Collectors.toMap(Locality::code, Locality::name));
        return byLocalityRows.entrySet().stream()
                .map(e -> new Line(e.getKey() + " · " + names.getOrDefault(e.getKey(), ""), e.getValue())).toList();
    }

    /** posted · booked · on offer · free: the four add up to posted, an overbooking said in words. */
    static String figures(Cell cell) {
        return HomeCareText.hours(cell.posted()) + " · " + HomeCareText.hours(cell.booked()) + " · "
                + HomeCareText.hours(cell.offered()) + " · " + free(cell);
    }

    private static String free(Cell cell) {
        return cell.free().signum() < 0 ? "over by " + HomeCareText.hours(cell.free().negate())
                : HomeCareText.hours(cell.free());
    }

    private Component cell(Cell cell) {
        Div div = new Div();
        div.addClassName("capacity-cell");
        if (cell == null) {
            div.setText("–");
            return div;
        }
        Span figures = new Span(figures(cell));
        figures.addClassName("capacity-cell-figures");
        div.add(figures);
        div.setTitle("posted " + HomeCareText.hours(cell.posted()) + ", booked " + HomeCareText.hours(cell.booked())
                + ", on offer " + HomeCareText.hours(cell.offered()) + (cell.free().signum() < 0 ? ", " : ", free ")
                + free(cell) + "; " + cell.staleNote());
        if (cell.stale()) {
            div.addClassName("stale");
            Span note = new Span("stale · " + HomeCareText.when(time, cell.updatedAt()));
            note.addClassName("capacity-cell-note");
            div.add(note);
        }
        return div;
    }
}
