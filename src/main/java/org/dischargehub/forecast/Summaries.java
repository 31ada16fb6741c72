package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a stream's tally into its forecast: means, percentiles, the day back under target, days lost, checks. */
final class Summaries {

    private Summaries() {
    }

    static StreamForecast of(StreamPlan plan, Tally tally, boolean[] done, int doneCount, ForecastRequest request,
            Scenario scenario) {
        StreamInputs inputs = plan.inputs();
        int horizon = request.horizonDays();
        double reps = Math.max(1, doneCount);
        List<DayForecast> days = new ArrayList<>(horizon);
        long[] lostByReplication = new long[doneCount];
        long admittedAll = 0;
        long delayAll = 0;
        long queueAll = 0;
        long inServiceAll = 0;
        for (int d = 0; d < horizon; d++) {
            int[] queues = doneOnly(tally.queuesOn(d), done, doneCount);
            for (int r = 0; r < queues.length; r++) {
                lostByReplication[r] += queues[r];
            }
            Arrays.sort(queues);
            long admitted = tally.admitted[d];
            days.add(new DayForecast(request.start().plusDays(d), tally.arrived[d] / reps, tally.queueSum[d] / reps,
                    rank(queues, 0.05), rank(queues, 0.1), rank(queues, 0.5), rank(queues, 0.9), rank(queues, 0.95),
                    admitted == 0 ? null : (double) tally.delaySum[d] / admitted,
                    admitted == 0 ? null : (double) histogramRank(tally.delayHistogram[d], admitted, 0.9),
                    tally.inServiceSum[d] / reps, plan.places()[plan.warmUpDays() + d]));
            admittedAll += admitted;
            delayAll += tally.delaySum[d];
            queueAll += tally.queueSum[d];
            inServiceAll += tally.inServiceSum[d];
        }
        double dayCount = reps * horizon;
        double admissionRate = admittedAll / dayCount;
        LittlesLaw little = new LittlesLaw(queueAll / dayCount,
                admittedAll == 0 ? 0 : admissionRate * delayAll / admittedAll, inServiceAll / dayCount,
                admittedAll == 0 ? 0 : admissionRate * tally.staySum / admittedAll);
        Arrays.sort(lostByReplication);
        double lostMean = queueAll / reps;
        LocalDate last = request.dateOf(request.totalDays() - 1);
        double finalRate = inputs.arrivalsPerDay() * inputs.weekdays().mean() * scenario.surge().factorOn(last);
        SteadyState steady = SteadyState.estimate(finalRate, inputs.stay(),
                plan.places()[plan.totalDays() - 1]);
        return new StreamForecast(inputs.key(), inputs.targetDays(), days, underTargetFrom(days, inputs.targetDays()),
                tally.persons == 0 ? 0 : (double) tally.personWaitSum / tally.persons, lostMean,
                (int) rankLong(lostByReplication, 0.9), lostMean * request.costPerDelayedDay(), steady, little);
    }

    /** A day with no one admitted counts as under target only when no one is waiting either. */
    private static LocalDate underTargetFrom(List<DayForecast> days, double target) {
        LocalDate from = null;
        for (DayForecast day : days) {
            boolean under = day.delayMean() == null ? day.queueMean() == 0 : day.delayMean() <= target;
            if (!under) {
                from = null;
            } else if (from == null) {
                from = day.date();
            }
        }
        return from;
    }

    private static int[] doneOnly(int[] all, boolean[] done, int doneCount) {
        if (doneCount == all.length) {
            return all.clone();
        }
        int[] kept = new int[doneCount];
        int i = 0;
        for (int r = 0; r < all.length; r++) {
            if (done[r]) {
                kept[i++] = all[r];
            }
        }
        return kept;
    }

    /** Nearest-rank percentile of sorted values. */
    private static int rank(int[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long rankLong(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static int histogramRank(long[] histogram, long total, double p) {
        long needed = (long) Math.ceil(p * total);
        long seen = 0;
        for (int k = 0; k < histogram.length; k++) {
            seen += histogram[k];
            if (seen >= needed) {
                return k;
            }
        }
        return histogram.length - 1;
    }
}
