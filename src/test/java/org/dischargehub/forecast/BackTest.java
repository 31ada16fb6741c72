package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.dischargehub.forecast.HubHistory.DayCount;

/**
 * One past period forecast from the records as they stood the evening before it began, against what the records say
 * happened: per pathway, the daily queue's error and how often it fell inside the forecast's 90% band (P5-P95) and
 * its 80% band (P10-P90), the places
 * in use, and the referrals. With actual arrivals the model is given each stream's referrals day by day (a back-test
 * of the queueing alone); without, it draws them from the demand it fitted (a hold-out of the whole forecast).
 */
final class BackTest {

    static final long SEED = 20261204L;
    static final double COST_PER_DELAYED_DAY = 395;

    private BackTest() {
    }

    /** {@code weeksRead} weeks before {@code first} fit the model; {@code days} days from {@code first} are forecast. */
    record Period(String name, LocalDate first, int days, int weeksRead, boolean actualArrivals) {

        LocalDate last() {
            return first.plusDays(days - 1L);
        }
    }

    /**
     * Means over a pathway's stream-days: forecast mean and actual of the queue, places in use and referrals, and the
     * places the model had on offer.
     */
    record Fit(int pathway, int streams, int streamDays, double queueForecast, double queueActual, double queueMae,
            double insideBand, double insideWideBand, double inCareForecast, double inCareActual, double inCareMae, double arrivalsForecast,
            double arrivalsActual, double arrivalsMae, double places) {
    }

    static Map<Integer, Fit> run(HubHistory hub, ForecastInputs.Settings settings, Period period, String localities,
            int replications, Executor executor) {
        History before = hub.readAsOf(period.first().minusDays(1), period.weeksRead(), period.days());
        List<StreamInputs> streams = ForecastInputs.streams(before, settings.withWeeksRead(period.weeksRead()))
                .stream().filter(s -> s.key().locality().startsWith(localities)).toList();
        Map<StreamKey, Map<LocalDate, Integer>> arrived = arrivals(hub, period, streams);
        Scenario scenario = period.actualArrivals() ? Scenario.base().withArrivals(arrived) : Scenario.base();
        ForecastRequest request = new ForecastRequest(streams, period.first(), period.days(), 0, replications, SEED,
                COST_PER_DELAYED_DAY);
        ForecastResult result = new ForecastEngine().start(request, scenario, executor, ProgressListener.NONE)
                .result().join();
        Map<String, DayCount> actual = new HashMap<>();
        hub.countsByDay(period.first(), period.last())
                .forEach(c -> actual.put(ForecastInputs.key(c.pathway(), c.locality()) + "@" + c.day(), c));
        Map<Integer, double[]> sums = new TreeMap<>();
        Map<Integer, Integer> streamCount = new TreeMap<>();
        for (StreamForecast stream : result.streams()) {
            int pathway = Integer.parseInt(stream.key().pathway());
            streamCount.merge(pathway, 1, Integer::sum);
            double[] sum = sums.computeIfAbsent(pathway, p -> new double[13]);
            for (DayForecast day : stream.days()) {
                DayCount counted = actual.get(stream.key() + "@" + day.date());
                int queue = counted == null ? 0 : counted.waiting();
                int inCare = counted == null ? 0 : counted.inCare();
                int referrals = arrived.get(stream.key()).getOrDefault(day.date(), 0);
                add(sum, 0, day.queueMean(), queue);
                sum[3] += queue >= day.queueP10() && queue <= day.queueP90() ? 1 : 0;
                sum[12] += queue >= day.queueP5() && queue <= day.queueP95() ? 1 : 0;
                add(sum, 4, day.occupancyMean(), inCare);
                add(sum, 7, day.arrivalsMean(), referrals);
                sum[10]++;
                sum[11] += day.places();
            }
        }
        Map<Integer, Fit> fits = new TreeMap<>();
        sums.forEach((pathway, s) -> fits.put(pathway, new Fit(pathway, streamCount.get(pathway), (int) s[10],
                s[0] / s[10], s[1] / s[10], s[2] / s[10], s[3] / s[10], s[12] / s[10], s[4] / s[10], s[5] / s[10], s[6] / s[10],
                s[7] / s[10], s[8] / s[10], s[9] / s[10], s[11] / s[10])));
        return fits;
    }

    /** Forecast, actual and absolute error summed from {@code at}. */
    private static void add(double[] sum, int at, double forecast, double actual) {
        sum[at] += forecast;
        sum[at + 1] += actual;
        sum[at + 2] += Math.abs(forecast - actual);
    }

    /** Each stream's referrals per day over the period, as the planner counts them (a day absent had none). */
    private static Map<StreamKey, Map<LocalDate, Integer>> arrivals(HubHistory hub, Period period,
            List<StreamInputs> streams) {
        Map<StreamKey, Map<LocalDate, Integer>> arrived = new HashMap<>();
        streams.forEach(s -> arrived.put(s.key(), new HashMap<>()));
        int weeks = (period.days() + 6) / 7;
        for (History.Arrivals day : hub.readAsOf(period.last(), weeks, 1).arrivals()) {
            Map<LocalDate, Integer> stream = arrived.get(ForecastInputs.key(day.pathway(), day.locality()));
            if (stream != null && !day.day().isBefore(period.first())) {
                stream.put(day.day(), day.referrals());
            }
        }
        return arrived;
    }
}
