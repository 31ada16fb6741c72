package org.dischargehub.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dischargehub.dashboard.Kpis.DayCount;
import org.dischargehub.dashboard.Kpis.ReadyToDischarge;
import org.dischargehub.dashboard.Kpis.ReasonCount;
import org.dischargehub.shared.HumanTime;

/**
 * The daily discharge situation report: referrals received (not cancelled) and people discharged on the day by
 * pathway; people past their discharge ready date at the end of the day, or now while the day lasts (the dashboard's
 * "delayed now", one query: {@code KpiQueries.pastReadyDateByReason}); the day's delayed days by reason; and how many
 * discharge ready dates the MDT reset on the day.
 */
public record Sitrep(LocalDate day, @Schema(nullable = true) String locality, List<Integer> receivedByPathway,
        List<Integer> dischargedByPathway, int pastReadyDate, List<ReasonCount> delayedDaysByReason,
        int readyDatesReset) {

    public Sitrep {
        receivedByPathway = List.copyOf(receivedByPathway);
        dischargedByPathway = List.copyOf(dischargedByPathway);
        delayedDaysByReason = List.copyOf(delayedDaysByReason);
    }

    static List<Integer> byPathway(List<DayCount> counts) {
        int[] result = new int[4];
        counts.stream().filter(c -> c.pathway() != null).forEach(c -> result[c.pathway()] += c.referrals());
        return IntStream.of(result).boxed().toList();
    }

    static List<Integer> dischargesByPathway(List<ReadyToDischarge> rows) {
        int[] result = new int[4];
        rows.forEach(r -> result[r.pathway()] += r.discharges());
        return IntStream.of(result).boxed().toList();
    }

    /** The report as one table: section, item, count. */
    public Table table() {
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            rows.add(List.of("Referrals received", "Pathway " + p, String.valueOf(receivedByPathway.get(p))));
        }
        for (int p = 0; p < 4; p++) {
            rows.add(List.of("Discharges", "Pathway " + p, String.valueOf(dischargedByPathway.get(p))));
        }
        rows.add(List.of("Past discharge ready date", "People", String.valueOf(pastReadyDate)));
        delayedDaysByReason.forEach(r -> rows.add(List.of("Delayed days by reason", r.label(),
                String.valueOf(r.count()))));
        rows.add(List.of("Discharge ready dates reset", "People", String.valueOf(readyDatesReset)));
        return new Table("Situation report " + HumanTime.date(day) + (locality == null ? "" : " " + locality),
                List.of("Section", "Item", "Count"), rows, "sitrep-" + day + (locality == null ? "" : "-" + locality));
    }
}
