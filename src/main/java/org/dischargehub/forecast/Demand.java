package org.dischargehub.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dischargehub.forecast.History.Arrivals;

/**
 * One stream's demand as the planner draws it: the mean referrals per day over the weeks read, and a factor per
 * weekday (Monday first) whose mean is 1, so that {@code perDay * factor(day)} is that weekday's expected count.
 *
 * @param weekdayFactors seven factors, Monday to Sunday; all 1 when the stream had no referral at all
 */
public record Demand(int pathway, String locality, double perDay, List<Double> weekdayFactors) {

    public Demand {
        if (weekdayFactors.size() != 7) {
            throw new IllegalArgumentException("a factor for each of the seven weekdays");
        }
        weekdayFactors = List.copyOf(weekdayFactors);
    }

    public double expectedOn(LocalDate day) {
        return perDay * weekdayFactors.get(day.getDayOfWeek().getValue() - 1);
    }

    /**
     * Each stream's demand over the whole weeks ending on {@code lastDay}: days without a referral count as zero, and
     * every weekday occurs {@code weeks} times, so no weekday weighs more than another.
     */
    public static List<Demand> of(List<Arrivals> arrivals, LocalDate lastDay, int weeks) {
        LocalDate firstDay = lastDay.minusWeeks(weeks).plusDays(1);
        Map<Stream, double[]> byStream = new TreeMap<>(
                Comparator.comparing(Stream::pathway).thenComparing(Stream::locality));
        for (Arrivals day : arrivals) {
            if (day.day().isBefore(firstDay) || day.day().isAfter(lastDay)) {
                continue;
            }
            byStream.computeIfAbsent(new Stream(day.pathway(), day.locality()), key -> new double[7])
                    [day.day().getDayOfWeek().getValue() - 1] += day.referrals();
        }
        List<Demand> demands = new ArrayList<>();
        byStream.forEach((stream, perWeekday) -> {
            double total = Arrays.stream(perWeekday).sum();
            double perDay = total / (7.0 * weeks);
            List<Double> factors = new ArrayList<>();
            for (DayOfWeek weekday : DayOfWeek.values()) {
                factors.add(total == 0 ? 1.0 : perWeekday[weekday.getValue() - 1] * 7.0 / total);
            }
            demands.add(new Demand(stream.pathway(), stream.locality(), perDay, factors));
        });
        return demands;
    }

    private record Stream(int pathway, String locality) {
    }
}
