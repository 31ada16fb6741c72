package org.dischargehub.forecast.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;
import org.dischargehub.forecast.HoursDiscounted;

/** The posted home-care hours a forecast did not count on, so a planner can see why and chase the provider. */
class DiscountedHours extends Grid<HoursDiscounted> {

    DiscountedHours() {
        setId("forecast-discounted");
        getElement().setAttribute("aria-label", "Posted home-care hours not counted on");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(HoursDiscounted::locality).setHeader("Locality").setAutoWidth(true).setSortable(true);
        addColumn(HoursDiscounted::provider).setHeader("Provider").setAutoWidth(true).setSortable(true);
        addColumn(DiscountedHours::why).setHeader("Why not counted").setAutoWidth(true);
        addColumn(d -> Math.round(d.fraction() * 100) + "%").setHeader("Taken off").setAutoWidth(true);
        addColumn(d -> String.format(Locale.UK, "%.1f", d.hoursPerDay())).setHeader("Hours a day not counted")
                .setAutoWidth(true).setComparator(HoursDiscounted::hoursPerDay);
        setVisible(false);
    }

    void show(List<HoursDiscounted> discounted) {
        setItems(discounted);
        setVisible(!discounted.isEmpty());
    }

    static String why(HoursDiscounted discounted) {
        String days = discounted.days() == 1 ? "1 day" : discounted.days() + " days";
        return "STALE".equals(discounted.reason()) ? "Posting not updated lately (" + days + ")"
                : "Often declines or lets offers lapse (" + days + ")";
    }
}
