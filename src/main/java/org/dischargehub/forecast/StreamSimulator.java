package org.dischargehub.forecast;

import java.util.Arrays;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The daily step of one stream for one replication. Each day: people whose stay ended leave at its start, the
 * day's referrals arrive (Poisson, by inversion), the queue is admitted first come first served while places are
 * free, each admitted person draws a stay rounded to whole days (at least one), and the queue and places in use
 * are counted at the end of the day. Not thread-safe: one per worker.
 */
final class StreamSimulator {

    private final RandomGenerator arrivals = new Well19937c(0);
    private final RandomGenerator stays = new Well19937c(0);
    private final StreamPlan plan;
    private final RealDistribution stay;
    private final int offset;
    private final int[] waiting;
    private final int[] releases;

    StreamSimulator(StreamPlan plan) {
        this.plan = plan;
        this.stay = plan.inputs().stay().drawingFrom(stays);
        this.offset = plan.inputs().today().longestWait();
        this.waiting = new int[offset + plan.totalDays()];
        this.releases = new int[plan.totalDays() + 1];
    }

    void run(long seed, int replication, Recorder out) {
        StreamKey key = plan.inputs().key();
        arrivals.setSeed(Seeds.of(seed, replication, key, Seeds.ARRIVALS));
        stays.setSeed(Seeds.of(seed, replication, key, Seeds.STAYS));
        Arrays.fill(waiting, 0);
        Arrays.fill(releases, 0);
        int days = plan.totalDays();
        int queued = 0;
        for (int waited : plan.inputs().today().waitedDays()) {
            waiting[offset - waited]++;
            queued++;
        }
        int inService = 0;
        for (int elapsed : plan.inputs().today().elapsedStayDays()) {
            double whole = plan.inputs().stay().stayBeyond(elapsed, stay, stays);
            int remaining = (int) Math.max(1, Math.round(whole - elapsed));
            inService++;
            if (remaining < days) {
                releases[remaining]++;
            }
        }
        int head = 0;
        for (int t = 0; t < days; t++) {
            inService -= releases[t];
            int arrived = ArrivalTable.draw(plan.arrivalCdf()[t], arrivals.nextDouble());
            waiting[offset + t] += arrived;
            queued += arrived;
            out.arrived(t, arrived);
            int free = plan.places()[t] - inService;
            while (free > 0 && queued > 0) {
                while (waiting[head] == 0) {
                    head++;
                }
                int count = Math.min(free, waiting[head]);
                long staySum = 0;
                for (int i = 0; i < count; i++) {
                    long stayDays = Math.max(1, Math.round(stay.sample()));
                    staySum += stayDays;
                    if (stayDays < days - t) {
                        releases[t + (int) stayDays]++;
                    }
                }
                out.admitted(t, t - (head - offset), count, staySum);
                waiting[head] -= count;
                queued -= count;
                free -= count;
                inService += count;
            }
            out.endOfDay(t, queued, inService);
        }
        for (int index = head; queued > 0 && index < waiting.length; index++) {
            if (waiting[index] > 0) {
                out.stillWaiting(days - (index - offset), waiting[index]);
                queued -= waiting[index];
            }
        }
    }
}
