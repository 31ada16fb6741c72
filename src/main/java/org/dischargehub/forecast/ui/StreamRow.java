package org.dischargehub.forecast.ui;

import com.vaadin.flow.component.grid.Grid;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedType;
import org.dischargehub.forecast.Capacity;
import org.dischargehub.forecast.CapacitySearch;
import org.dischargehub.forecast.DayForecast;
import org.dischargehub.forecast.ForecastAnswer;
import org.dischargehub.forecast.LastYear;
import org.dischargehub.forecast.StreamForecast;
import org.dischargehub.forecast.StreamInputs;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.charts.FanChart;

/** One stream of a forecast as the planner reads it: a line of the grid and its fan chart of the queue. */
record StreamRow(String stream, String capacity, double meanWaitDays, double targetDays, String underTargetFrom,
        String fewestExtra, long bedDaysLost, String cost, String lastYear, String chart) {

    double overTarget() {
        return meanWaitDays - targetDays;
    }

    static List<StreamRow> of(ForecastAnswer answer) {
        List<StreamRow> rows = new ArrayList<>();
        List<StreamForecast> forecasts = answer.result().streams();
        for (int i = 0; i < forecasts.size(); i++) {
            StreamForecast f = forecasts.get(i);
            StreamInputs inputs = answer.inputs().get(i);
            String name = "Pathway " + f.key().pathway() + ", " + f.key().locality();
            rows.add(new StreamRow(name, capacity(inputs.capacity(), answer.bedTypesOf(f.key())), f.meanWaitDays(),
                    f.targetDays(),
                    f.underTargetFrom() == null ? "Not by the end" : HumanTime.date(f.underTargetFrom()),
                    answer.fewestExtra().isEmpty() ? "Not searched"
                            : extra(answer.fewestExtra().get(i), inputs.capacity() instanceof Capacity.Beds),
                    Math.round(f.bedDaysLostMean()), NumberFormat.getCurrencyInstance(Locale.UK).format(
                            f.bedDaysLostCost()), lastYear(answer.lastYearOf(f.key())), chart(name, f)));
        }
        return rows;
    }

    static void columns(Grid<StreamRow> grid) {
        grid.addColumn(StreamRow::stream).setHeader("Stream").setAutoWidth(true).setSortable(true);
        grid.addColumn(StreamRow::capacity).setHeader("Capacity today").setAutoWidth(true);
        grid.addColumn(r -> days(r.meanWaitDays())).setHeader("Mean wait").setAutoWidth(true)
                .setComparator(StreamRow::meanWaitDays);
        grid.addColumn(r -> days(r.targetDays())).setHeader("Target").setAutoWidth(true);
        grid.addColumn(StreamRow::underTargetFrom).setHeader("Under target from").setAutoWidth(true);
        grid.addColumn(StreamRow::fewestExtra).setHeader("Fewest extra to meet the target").setAutoWidth(true);
        grid.addColumn(StreamRow::bedDaysLost).setHeader("Acute bed-days lost").setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(StreamRow::cost).setHeader("Their cost").setAutoWidth(true);
        grid.addColumn(StreamRow::lastYear).setHeader("Last year, these weeks").setAutoWidth(true);
    }

    /** Last year's change over these weeks as a percentage, "+18%", or "No record" where the hub has none. */
    static String lastYear(LastYear change) {
        if (change == null) {
            return "No record";
        }
        long percent = Math.round((change.factor() - 1) * 100);
        return (percent > 0 ? "+" : "") + percent + "%";
    }

    private static String capacity(Capacity capacity, List<String> bedTypes) {
        return capacity instanceof Capacity.Beds beds ? beds.beds() + (beds.beds() == 1 ? " bed" : " beds")
                + (bedTypes.isEmpty() ? "" : " (" + bedTypes.stream().map(StreamRow::bedType)
                        .collect(Collectors.joining(", ")) + ")")
                : String.format(Locale.UK, "%.1f hours a day", ((Capacity.HomeCare) capacity).hoursPerDay());
    }

    private static String bedType(String type) {
        return Arrays.stream(BedType.values()).filter(t -> t.name().equals(type)).map(BedType::label).findFirst()
                .orElse(type);
    }

    private static String extra(CapacitySearch.Answer answer, boolean beds) {
        if (!answer.found()) {
            return "More than " + amount(answer, beds) + ": capacity alone will not do";
        }
        return answer.extraPlaces() == 0 ? "None" : amount(answer, beds);
    }

    private static String amount(CapacitySearch.Answer answer, boolean beds) {
        return beds ? answer.extraPlaces() + (answer.extraPlaces() == 1 ? " bed" : " beds")
                : String.format(Locale.UK, "%.1f hours a day", answer.extraAmount());
    }

    private static String days(double days) {
        return String.format(Locale.UK, "%.1f days", days);
    }

    private static String chart(String name, StreamForecast f) {
        List<String> labels = f.days().stream().map(d -> HumanTime.date(d.date())).toList();
        return FanChart.svg("Waiting in hospital: " + name, labels, new FanChart.Fan("10th to 90th percentile",
                f.days().stream().map(d -> (double) d.queueP10()).toList(),
                f.days().stream().map(d -> (double) d.queueP90()).toList(), "Mean",
                f.days().stream().map(DayForecast::queueMean).toList(), null), 560, 240);
    }
}
