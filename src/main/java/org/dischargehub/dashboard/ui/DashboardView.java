package org.dischargehub.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.dischargehub.dashboard.KpiFilter;
import org.dischargehub.dashboard.KpiService;
import org.dischargehub.dashboard.KpiTables;
import org.dischargehub.dashboard.Kpis;
import org.dischargehub.dashboard.Table;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.charts.BarChart;
import org.dischargehub.ui.charts.LineChart;

/** The single performance dashboard: headline figures, then each chart with its numbers and a CSV. */
@Route("dashboard")
@Menu(title = "Dashboard", order = 20, icon = "vaadin:dashboard")
@PageTitle("Dashboard | Discharge Hub")
@RolesAllowed({"MANAGER", "COORDINATOR"})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    /** The one definition of "delayed now", the same as the situation report's "Past discharge ready date". */
    static final String DELAYED_NOW_HELP = "not discharged, closed or cancelled, and their ready-to-leave time has "
            + "passed: the situation report's past discharge ready date";

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<String> locality = new ComboBox<>("Locality");
    final Select<Integer> pathway = new Select<>();
    final Button show = new Button("Show");
    final FlexLayout headlines = new FlexLayout();
    final ChartPanel referrals = new ChartPanel("chart-referrals");
    final ChartPanel delays = new ChartPanel("chart-delays");
    final ChartPanel beds = new ChartPanel("chart-beds");
    final ChartPanel homeCare = new ChartPanel("chart-home-care");
    final ChartPanel stays = new ChartPanel("chart-length-of-stay");
    final ChartPanel waiting = new ChartPanel("chart-waiting-long-term");
    final ChartPanel atHome = new ChartPanel("chart-at-home-91");
    private final KpiService kpis;

    public DashboardView(KpiService kpis, DirectoryService directory) {
        this.kpis = kpis;
        to.setValue(kpis.today());
        from.setValue(kpis.today().minusDays(KpiFilter.DEFAULT_DAYS - 1L));
        from.setLocale(Locale.UK);
        to.setLocale(Locale.UK);
        from.setId("dashboard-from");
        to.setId("dashboard-to");
        locality.setId("dashboard-locality");
        locality.setItems(directory.localities().stream().map(Locality::code).toList());
        locality.setClearButtonVisible(true);
        locality.setPlaceholder("All localities");
        pathway.setId("dashboard-pathway");
        pathway.setLabel("Pathway");
        pathway.setItems(0, 1, 2, 3);
        pathway.setEmptySelectionAllowed(true);
        pathway.setEmptySelectionCaption("All pathways");
        pathway.setItemLabelGenerator(p -> p == null ? "All pathways" : "Pathway " + p);
        show.setId("dashboard-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, locality, pathway, show);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        headlines.setId("dashboard-headlines");
        headlines.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headlines.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2("Performance dashboard"), filters, headlines, referrals, delays, beds, homeCare, stays, waiting,
                atHome);
        setMaxWidth("1200px");
    }

    /** {@code dashboard?from=2026-11-01&to=2026-11-30&locality=NORTH&pathway=1} opens with those filters. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("from").flatMap(DashboardView::day).ifPresent(from::setValue);
        query.getSingleParameter("to").flatMap(DashboardView::day).ifPresent(to::setValue);
        query.getSingleParameter("locality").ifPresent(code -> {
            if (locality.getListDataView().getItems().anyMatch(code::equals)) {
                locality.setValue(code);
            }
        });
        query.getSingleParameter("pathway").filter(p -> p.matches("[0-3]")).map(Integer::valueOf)
                .ifPresent(pathway::setValue);
        refresh();
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void refresh() {
        Forms.submit(Map.of("from", from, "to", to), () -> show(kpis.kpis(new KpiFilter(from.getValue(),
                to.getValue(), locality.getValue(), pathway.getValue()))));
    }

    /** The charts draw the typed figures; the tables beside them (and their CSVs) are the same figures as text. */
    private void show(Kpis figures) {
        headlines(figures);
        Map<LocalDate, int[]> perDay = KpiTables.countsPerDay(figures);
        List<LineChart.Series> lines = new ArrayList<>();
        for (int s = 0; s < KpiTables.PATHWAY_SERIES.size(); s++) {
            int series = s;
            lines.add(new LineChart.Series(KpiTables.PATHWAY_SERIES.get(s),
                    perDay.values().stream().map(counts -> (double) counts[series]).toList()));
        }
        Table perDayTable = KpiTables.referralsPerDay(figures);
        referrals.show(perDayTable, LineChart.svg(perDayTable.title(),
                perDay.keySet().stream().map(HumanTime::shortDate).toList(), lines, 760, 260));

        List<Kpis.ReasonCount> reasons = figures.flow().delayedDaysByReason();
        Table delayed = KpiTables.delayedDays(figures);
        delays.show(delayed, BarChart.svg(delayed.title(), reasons.stream().map(r -> words(r.reason())).toList(),
                List.of(series("Delayed days", reasons, Kpis.ReasonCount::count)), BarChart.Layout.GROUPED, 760,
                260));

        List<Kpis.BedCount> bedCounts = figures.capacity().beds();
        beds.show(KpiTables.beds(figures), BarChart.svg("Beds by tier and type, today", bedCounts.stream()
                        .map(b -> "T" + b.tier() + " " + b.type().toLowerCase(Locale.UK)).toList(),
                List.of(series("Available", bedCounts, Kpis.BedCount::available),
                        series("Reserved", bedCounts, Kpis.BedCount::reserved),
                        series("Occupied", bedCounts, Kpis.BedCount::occupied),
                        series("Closed", bedCounts, Kpis.BedCount::closed)), BarChart.Layout.STACKED, 760, 260));

        List<Kpis.HomeCareHours> hours = figures.capacity().homeCareNext7Days();
        Table hoursTable = KpiTables.homeCare(figures);
        homeCare.show(hoursTable, BarChart.svg(hoursTable.title(), hours.stream()
                        .map(Kpis.HomeCareHours::locality).toList(),
                List.of(series("Hours posted", hours, h -> h.posted().doubleValue()),
                        series("Hours booked", hours, h -> h.booked().doubleValue())), BarChart.Layout.GROUPED,
                760, 260));
        fundedPeriodAndOutcomes(figures);
    }

    private void fundedPeriodAndOutcomes(Kpis figures) {
        List<Kpis.StayLength> lengths = figures.fundedPeriod().lengthOfStay();
        Table stayTable = KpiTables.lengthOfStay(figures);
        stays.show(stayTable, BarChart.svg(stayTable.title(), lengths.stream().map(KpiTables::service).toList(),
                List.of(series("Average days", lengths, Kpis.StayLength::averageDays),
                        series("Median days", lengths, Kpis.StayLength::medianDays),
                        series("90th percentile days", lengths, Kpis.StayLength::p90Days)),
                BarChart.Layout.GROUPED, 760, 260));

        List<Kpis.LongTermWait> byReason = figures.fundedPeriod().waitingForLongTermCare().byReason();
        Table waits = KpiTables.waitingForLongTermCare(figures);
        waiting.show(waits, BarChart.svg(waits.title(), byReason.stream()
                        .map(w -> words(w.reason())).toList(),
                List.of(series("People", byReason, Kpis.LongTermWait::people)), BarChart.Layout.GROUPED, 760,
                260));

        Kpis.StillAtHome home = figures.outcomes().stillAtHome91Days();
        Table homeTable = KpiTables.stillAtHome(figures);
        atHome.show(homeTable, BarChart.svg(homeTable.title(), KpiTables.STILL_AT_HOME_OUTCOMES,
                List.of(new LineChart.Series("People", List.of((double) home.atHome(), (double) home.notAtHome(),
                        (double) home.notYetKnown()))), BarChart.Layout.GROUPED, 760, 260));
    }

    /** A reason's code in words, short enough for a chart's axis: "awaiting care home". */
    private static String words(String code) {
        return code.replace('_', ' ').toLowerCase(Locale.UK);
    }

    private static <T> LineChart.Series series(String name, List<T> items, ToDoubleFunction<T> value) {
        return new LineChart.Series(name, items.stream().map(item -> value.applyAsDouble(item)).toList());
    }

    private void headlines(Kpis figures) {
        headlines.removeAll();
        Kpis.Flow flow = figures.flow();
        headline("Delayed now", String.valueOf(flow.delayedNow()), DELAYED_NOW_HELP);
        headline("Delayed days", String.valueOf(flow.delayedDaysByReason().stream()
                .mapToInt(Kpis.ReasonCount::count).sum()), "in the period");
        headline("Ready to discharge", flow.readyToDischarge().stream()
                .map(r -> "P" + r.pathway() + " " + one(r.averageDays()) + " d").collect(Collectors.joining(" · ")),
                "average days, by pathway");
        headline("Pathway shares", flow.pathwayShares().stream()
                .map(s -> "P" + s.pathway() + " " + Math.round(s.sharePercent()) + "% (" + s.referrals() + ")")
                .collect(Collectors.joining(" · ")), "of triaged referrals received, cancelled left out; national "
                + "expectation " + Kpis.NATIONAL_SHARE_PERCENT.stream().map(p -> p + "%")
                        .collect(Collectors.joining(" · ")));
        headline("Triage wait", flow.triageWait().medianHours() == null ? "–"
                : one(flow.triageWait().medianHours()) + " h", "median, " + flow.triageWait().triaged() + " triaged");
        Kpis.FundedPeriod funded = figures.fundedPeriod();
        headline("Funded period", funded.inPeriod() + " in · " + funded.nearEnd() + " near end",
                funded.pastEndNoDecision() + " past the end without a decision");
        Kpis.Outcomes outcomes = figures.outcomes();
        headline("Discharged home", outcomes.dischargedHomePercent() == null ? "–"
                : Math.round(outcomes.dischargedHomePercent()) + "%", outcomes.dischargedHome() + " of "
                + outcomes.discharged() + " discharged");
        headline("Waiting for long-term care", String.valueOf(funded.waitingForLongTermCare().people()),
                "finished reablement, on " + HumanTime.date(funded.waitingForLongTermCare().asOf()));
        Kpis.StillAtHome home = outcomes.stillAtHome91Days();
        headline("At home after 91 days", home.atHomePercent() == null ? "–" : Math.round(home.atHomePercent()) + "%",
                home.atHome() + " of " + (home.atHome() + home.notAtHome()) + " known, " + home.notYetKnown()
                        + " not yet known");
        Kpis.FollowUp followUp = figures.followUp();
        headline("Can be reached", percent(followUp.reachablePercent()), followUp.reachable() + " of "
                + followUp.triaged() + " triaged: a phone, an address or a next of kin's phone");
        headline("Letters given", "triage " + percent(followUp.triageLetterPercent()) + " · discharge "
                + percent(followUp.dischargeLetterPercent()), followUp.triageLetters() + " of " + followUp.triaged()
                + " triaged, " + followUp.dischargeLetters() + " of " + followUp.discharged() + " discharged; posted "
                + followUp.triageLettersSent() + " and " + followUp.dischargeLettersSent());
        headline("Safe-and-well ≤ 72 h", percent(followUp.safeAndWellWithin72HoursPercent()),
                followUp.safeAndWellWithin72Hours() + " of " + followUp.safeAndWellCalls() + " pathway 0 calls; "
                        + followUp.checkInsOnTime() + " of " + followUp.checkInCalls() + " check-ins on their day");
        headline("Readmitted ≤ 30 days", String.valueOf(outcomes.readmittedWithin30Days()), "of those discharged");
        headline("Stale providers", String.valueOf(figures.capacity().staleProviders().size()),
                figures.capacity().staleProviders().stream().map(Kpis.StaleProvider::code)
                        .collect(Collectors.joining(", ")));
        if (!outcomes.rechargeByMonth().isEmpty()) {
            headline("Recharge", outcomes.rechargeByMonth().stream()
                    .map(m -> HumanTime.month(m.month()) + " " + NumberFormat.getCurrencyInstance(Locale.UK).format(m.total())).collect(Collectors.joining(" · ")),
                    "to health, by month");
        }
    }

    private void headline(String label, String value, String note) {
        Span figure = new Span(value);
        figure.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div card = new Div(new Span(label), new Div(figure), new Span(note));
        card.addClassName("headline");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "180px")
                .set("font-size", "var(--lumo-font-size-s)");
        headlines.add(card);
    }

    private static String percent(Double value) {
        return value == null ? "–" : Math.round(value) + "%";
    }

    private static String one(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }
}
