package org.dischargehub.forecast.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.forecast.ForecastAnswer;
import org.dischargehub.forecast.ForecastAsk;
import org.dischargehub.forecast.ForecastService;
import org.dischargehub.ui.Forms;

/**
 * "If referrals rise by X% from next Monday, how long will people wait, and what would keep the wait under target?"
 * The planner runs on its own threads; this view shows its progress, may cancel it, and then shows the streams worst
 * first, each with a fan chart of its queue.
 */
@Route("plan-for-winter")
@Menu(title = "Plan for winter", order = 35, icon = "vaadin:chart-line")
@PageTitle("Plan for winter | Discharge Hub")
@RolesAllowed({"MANAGER", "COORDINATOR"})
public class PlanForWinterView extends VerticalLayout {

    /** Scenarios a planner reaches for first: the seeds' surges, and a factor of their own. */
    enum Surge {
        AS_NOW("Referrals as in recent weeks", 1.0), PLUS_32("32% more referrals", 1.32),
        PLUS_65("65% more referrals", 1.65), CUSTOM("A factor of my own", null);

        final String label;
        final Double factor;

        Surge(String label, Double factor) {
            this.label = label;
            this.factor = factor;
        }
    }

    final Select<Surge> scenario = new Select<>();
    final NumberField factor = new NumberField("Referrals times");
    final IntegerField weeks = new IntegerField("Weeks ahead");
    final IntegerField rampDays = new IntegerField("Reached over (days)");
    final ComboBox<String> locality = new ComboBox<>("Locality");
    final IntegerField addBeds2 = new IntegerField("Beds added, pathway 2");
    final IntegerField addBeds3 = new IntegerField("Beds added, pathway 3");
    final NumberField addHours1 = new NumberField("Home-care hours a day added");
    final Checkbox followLastYear = new Checkbox("Follow last year's change over these weeks");
    final Button run = new Button("Run forecast");
    final Button cancel = new Button("Cancel");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph summary = new Paragraph();
    final Grid<StreamRow> streams = new Grid<>();
    final Div charts = new Div();
    final DiscountedHours discounted = new DiscountedHours();
    final OutbreakClosure closure;
    private final ForecastService forecasts;
    private ForecastService.Planning planning;

    public PlanForWinterView(ForecastService forecasts, DirectoryService directory, BedBaseService bedBase) {
        this.forecasts = forecasts;
        this.closure = new OutbreakClosure(bedBase.settingRows(), forecasts.surgeStart());
        setId("plan-for-winter");
        add(new H2("Plan for winter"), new Paragraph("A forecast from the hub's own records: referrals of recent "
                + "weeks, how long people stay, the beds open and the home-care hours posted, and who waits today. "
                + "1,000 runs with the same random numbers for every scenario, so scenarios differ only by what "
                + "changed. The band is the 10th to 90th percentile of the runs."));
        scenario.setLabel("Scenario");
        scenario.setItems(Surge.values());
        scenario.setItemLabelGenerator(s -> s.label);
        scenario.setValue(Surge.PLUS_32);
        scenario.setId("forecast-scenario");
        factor.setId("forecast-factor");
        factor.setStep(0.01);
        factor.setMin(0.01);
        factor.setMax(ForecastAsk.LARGEST_SURGE);
        factor.setValue(1.32);
        factor.setEnabled(false);
        factor.setHelperText("1.32 is 32% more");
        scenario.addValueChangeListener(e -> {
            factor.setEnabled(e.getValue() == Surge.CUSTOM);
            if (e.getValue().factor != null) {
                factor.setValue(e.getValue().factor);
            }
        });
        weeks.setId("forecast-weeks");
        weeks.setMin(6);
        weeks.setMax(12);
        weeks.setValue(8);
        weeks.setStepButtonsVisible(true);
        rampDays.setId("forecast-ramp");
        rampDays.setMin(0);
        rampDays.setMax(ForecastAsk.LONGEST_RAMP_DAYS);
        rampDays.setValue(0);
        rampDays.setHelperText("0: from next Monday at once");
        locality.setId("forecast-locality");
        locality.setItems(directory.localities().stream().map(Locality::code).toList());
        locality.setClearButtonVisible(true);
        locality.setPlaceholder("All");
        locality.addValueChangeListener(e -> closure.inLocality(e.getValue()));
        followLastYear.setId("forecast-last-year");
        followLastYear.setTooltipText("Referrals times how much they rose or fell over the same weeks last year,"
                + " where the hub has last year's records");
        addBeds2.setId("forecast-add-beds-2");
        addBeds3.setId("forecast-add-beds-3");
        addHours1.setId("forecast-add-hours-1");
        for (IntegerField beds : List.of(addBeds2, addBeds3)) {
            beds.setMin(0);
            beds.setMax(ForecastAsk.MOST_ADDED_BEDS);
            beds.setValue(0);
        }
        addHours1.setMin(0);
        addHours1.setMax(ForecastAsk.MOST_ADDED_HOURS_PER_DAY);
        addHours1.setValue(0.0);
        HorizontalLayout added = new HorizontalLayout(addBeds2, addBeds3, addHours1);
        added.setWrap(true);
        run.setId("forecast-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start());
        cancel.setId("forecast-cancel");
        cancel.setEnabled(false);
        cancel.addClickListener(e -> stop());
        HorizontalLayout form = new HorizontalLayout(scenario, factor, weeks, rampDays, locality, followLastYear, run,
                cancel);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        progress.setId("forecast-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Forecast runs done");
        progressText.setId("forecast-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        summary.setId("forecast-summary");
        streams.setId("forecast-streams");
        streams.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        streams.setAllRowsVisible(true);
        StreamRow.columns(streams);
        streams.setVisible(false);
        charts.setId("forecast-charts");
        charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        charts.setWidthFull();
        setWidthFull();
        add(form, new Paragraph("Capacity added in the locality chosen, from next Monday:"), added, closure,
                progress, progressText, summary, streams, discounted, charts);
    }

    private void start() {
        Double surge = factor.getValue();
        Integer ahead = weeks.getValue();
        Integer ramp = rampDays.getValue();
        UI ui = UI.getCurrent();
        Integer beds2 = addBeds2.getValue();
        Integer beds3 = addBeds3.getValue();
        Double hours1 = addHours1.getValue();
        Forms.submit(Map.of("surge", factor, "weeks", weeks, "rampDays", rampDays, "locality", locality,
                "addBedsPathway2", addBeds2, "addBedsPathway3", addBeds3, "addHoursPerDayPathway1", addHours1,
                "closeSetting", closure.setting, "closeFrom", closure.from, "closeDays", closure.days), () -> {
            ForecastAsk ask = new ForecastAsk(surge == null ? Double.NaN : surge, ahead == null ? 0 : ahead,
                    ramp == null ? -1 : ramp, locality.getValue(), new ForecastAsk.Added(beds2 == null ? -1 : beds2,
                            beds3 == null ? -1 : beds3, hours1 == null ? Double.NaN : hours1), closure.value(),
                    followLastYear.getValue());
            planning = forecasts.plan(ask, (done, total) -> {
                if (done % 25 == 0 || done == total) {
                    ui.access(() -> showProgress(done, total));
                }
            });
            running(true);
            showProgress(0, planning.run().replicationsTotal());
            planning.answer().whenComplete((answer, failure) -> ui.access(() -> finished(answer, failure)));
        });
    }

    private void stop() {
        if (planning != null) {
            planning.run().cancel();
            progressText.setText("Cancelling: the runs started finish first");
        }
    }

    private void running(boolean on) {
        run.setEnabled(!on);
        cancel.setEnabled(on);
        progress.setVisible(on);
    }

    private void showProgress(int done, int total) {
        progress.setValue(total == 0 ? 0 : (double) done / total);
        progressText.setText(done == total ? "Finding the fewest extra beds and hours…"
                : done + " of " + total + " runs done");
    }

    private void finished(ForecastAnswer answer, Throwable failure) {
        running(false);
        charts.removeAll();
        if (failure != null || answer == null) {
            progressText.setText("The forecast could not finish; nothing was changed. Please try again.");
            return;
        }
        progressText.setText(answer.result().cancelled() ? "Cancelled after " + answer.result().replicationsDone()
                + " runs: the figures below are from those runs only" : "Done: "
                + answer.result().replicationsDone() + " runs");
        List<StreamRow> rows = StreamRow.of(answer).stream()
                .sorted(Comparator.comparingDouble(StreamRow::overTarget).reversed()).toList();
        summary.setText(rows.isEmpty() ? "No stream to forecast: no referrals, beds, hours or people waiting here."
                : answer.result().scenario().name() + " from " + org.dischargehub.shared.HumanTime.date(
                        answer.surgeFrom()) + ". " + rows.stream().filter(r -> r.overTarget() > 0).count() + " of "
                        + rows.size() + " streams wait longer than their target; worst first.");
        streams.setItems(rows);
        streams.setVisible(!rows.isEmpty());
        discounted.show(answer.discounted());
        rows.forEach(row -> {
            Div chart = new Div(new Html("<div>" + row.chart() + "</div>"));
            chart.addClassName("chart");
            chart.getStyle().set("max-width", "100%").set("width", "560px");
            charts.add(chart);
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stop();
        super.onDetach(detachEvent);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        running(false);
    }
}
