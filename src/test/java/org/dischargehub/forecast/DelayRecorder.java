package org.dischargehub.forecast;

/** Records, after a warm-up, the waits of those admitted and the queue at the end of each day. */
final class DelayRecorder implements Recorder {

    private final int warmUp;
    final int[] queueByDay;
    long delaySum;
    long admitted;
    long arrived;

    DelayRecorder(int warmUp, int days) {
        this.warmUp = warmUp;
        this.queueByDay = new int[days];
    }

    @Override
    public void arrived(int day, int count) {
        if (day >= warmUp) {
            arrived += count;
        }
    }

    @Override
    public void admitted(int day, int delay, int count, long staySum) {
        if (day >= warmUp) {
            delaySum += (long) delay * count;
            admitted += count;
        }
    }

    @Override
    public void endOfDay(int day, int queue, int inService) {
        queueByDay[day] = queue;
    }

    @Override
    public void stillWaiting(int waited, int count) {
    }

    double meanDelay() {
        return (double) delaySum / admitted;
    }

    static DelayRecorder replicate(StreamPlan plan, long seed, int replication) {
        DelayRecorder recorder = new DelayRecorder(plan.warmUpDays(), plan.totalDays());
        new StreamSimulator(plan).run(seed, replication, recorder);
        return recorder;
    }
}
