package org.dischargehub.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.dischargehub.dashboard.KpiService;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.charts.BarChart;
import org.dischargehub.ui.charts.LineChart;

/** The daily discharge situation report for a day: the page and its CSV hold the same rows. */
@Route("sitrep")
@Menu(title = "Situation report", order = 30, icon = "vaadin:file-text-o")
@PageTitle("Situation report | Discharge Hub")
@RolesAllowed({"MANAGER", "COORDINATOR"})
public class SitrepView extends VerticalLayout {

    final DatePicker day = new DatePicker("Day");
    final ComboBox<String> locality = new ComboBox<>("Locality");
    final ChartPanel report = new ChartPanel("sitrep");
    private final KpiService kpis;

    public SitrepView(KpiService kpis, DirectoryService directory) {
        this.kpis = kpis;
        day.setId("sitrep-day");
        day.setLocale(java.util.Locale.UK);
        day.setValue(kpis.today());
        locality.setId("sitrep-locality");
        locality.setItems(directory.localities().stream().map(Locality::code).toList());
        locality.setClearButtonVisible(true);
        locality.setPlaceholder("All localities");
        day.addValueChangeListener(e -> refresh());
        locality.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(day, locality);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("board-filters");
        add(new H2("Daily situation report"), new Paragraph("Referrals received and discharges by pathway on the day "
                + "(cancelled referrals left out); people past their discharge ready date at the end of the day (now, "
                + "for today): not discharged, closed or cancelled, and their ready-to-leave time has passed, the "
                + "dashboard's delayed now; and the delayed days of the day by reason."), filters,
                report);
        report.details.setOpened(true);
        setMaxWidth("1000px");
        refresh();
    }

    private void refresh() {
        if (day.getValue() == null) {
            return;
        }
        Forms.submit(Map.of("day", day), () -> {
            var sitrep = kpis.sitrep(day.getValue(), locality.getValue());
            report.show(sitrep.table(), BarChart.svg("Referrals and discharges by pathway, " + HumanTime.date(sitrep.day()),
                    java.util.List.of("Pathway 0", "Pathway 1", "Pathway 2", "Pathway 3"),
                    java.util.List.of(new LineChart.Series("Received", sitrep.receivedByPathway().stream()
                                    .map(Integer::doubleValue).toList()),
                            new LineChart.Series("Discharged", sitrep.dischargedByPathway().stream()
                                    .map(Integer::doubleValue).toList())), BarChart.Layout.GROUPED, 640, 240));
        });
    }
}
