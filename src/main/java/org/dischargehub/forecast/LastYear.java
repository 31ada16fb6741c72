package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dischargehub.forecast.History.Arrivals;

/**
 * How a pathway's referrals changed over the same weeks last year: the referrals a day over the weeks ahead a year
 * ago, against those over the weeks read before them. A factor of 1.2 says last year these weeks brought 20% more
 * than the weeks before; a planner may follow it. Pooled over localities, so that small streams do not swing on a
 * handful of referrals.
 *
 * @param before referrals in the weeks read, a year before the weeks read now
 * @param after referrals in the days ahead, a year ago
 */
public record LastYear(int pathway, int before, int after, double factor) {

    /** Fewer referrals than this in last year's weeks read, and the change is not worked out. */
    static final int FEWEST_REFERRALS = 20;

    /**
     * Per pathway 1 to 3, where the hub has last year's records: none when its first record is later than the start
     * of last year's weeks read (part of them would count as none), or a pathway had too few referrals then.
     */
    static Map<Integer, LastYear> of(List<Arrivals> lastYear, LocalDate today, int weeksRead, int daysAhead,
            LocalDate firstRecord) {
        LocalDate yearAgo = today.minusYears(1);
        LocalDate firstRead = yearAgo.minusWeeks(weeksRead);
        Map<Integer, LastYear> changes = new TreeMap<>();
        if (firstRecord == null || firstRecord.isAfter(firstRead)) {
            return changes;
        }
        LocalDate lastAhead = yearAgo.plusDays(daysAhead - 1L);
        int[][] counts = new int[4][2];
        for (Arrivals day : lastYear) {
            if (day.pathway() < 1 || day.pathway() > 3 || day.day().isBefore(firstRead)
                    || day.day().isAfter(lastAhead)) {
                continue;
            }
            counts[day.pathway()][day.day().isBefore(yearAgo) ? 0 : 1] += day.referrals();
        }
        for (int pathway = 1; pathway <= 3; pathway++) {
            int before = counts[pathway][0];
            int after = counts[pathway][1];
            if (before >= FEWEST_REFERRALS) {
                double factor = ((double) after / daysAhead) / ((double) before / (7.0 * weeksRead));
                changes.put(pathway, new LastYear(pathway, before, after, factor));
            }
        }
        return changes;
    }
}
