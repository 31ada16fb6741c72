package org.dischargehub.forecast;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Home-care hours a provider posted in a locality that the planner does not count on, and why: {@code STALE} (the
 * posting is older than the hub's stale limit) or {@code DECLINES} (the provider declined or let lapse that share of
 * the offers it answered). {@code hoursPerDay} is over the days the locality has postings for, as its capacity is.
 *
 * @param fraction the share of the free hours taken off (the largest on any day)
 * @param days     the days posted that the discount touched
 */
public record HoursDiscounted(String locality, String provider, String reason, double fraction, int days,
        double hoursPerDay) {

    /** Each provider's discounts per locality and reason, summed over the days and spread over the locality's. */
    static List<HoursDiscounted> of(List<HomeCareSupply> supply) {
        Map<String, Integer> localityDays = new TreeMap<>();
        Map<Key, double[]> sums = new TreeMap<>(Comparator.comparing(Key::locality).thenComparing(Key::provider)
                .thenComparing(Key::reason));
        for (HomeCareSupply day : supply) {
            localityDays.merge(day.locality(), 1, Integer::sum);
            for (HomeCareSupply.Discount discount : day.discounts()) {
                double[] sum = sums.computeIfAbsent(new Key(day.locality(), discount.provider(), discount.reason()),
                        k -> new double[3]);
                sum[0] = Math.max(sum[0], discount.fraction());
                sum[1]++;
                sum[2] += discount.hours();
            }
        }
        return sums.entrySet().stream().map(e -> new HoursDiscounted(e.getKey().locality(), e.getKey().provider(),
                e.getKey().reason(), e.getValue()[0], (int) e.getValue()[1],
                e.getValue()[2] / localityDays.get(e.getKey().locality()))).toList();
    }

    private record Key(String locality, String provider, String reason) {
    }
}
