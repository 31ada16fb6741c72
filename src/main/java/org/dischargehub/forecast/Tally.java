package org.dischargehub.forecast;

/**
 * Counts of one stream over the reported days (warm-up left out), summed over replications. All counts are whole
 * numbers, so merging the workers' tallies in any order gives the same totals: a seeded run is repeatable on any
 * number of threads. The queue of each replication-day is kept for the percentiles of the fan.
 */
final class Tally implements Recorder {

    static final int LONGEST_DELAY_COUNTED = 365;

    private final int warmUp;
    private final int[][] queueByDayAndReplication;
    private int replication;
    final long[] arrived;
    final long[] admitted;
    final long[] delaySum;
    final long[] queueSum;
    final long[] inServiceSum;
    final long[][] delayHistogram;
    long staySum;
    long personWaitSum;
    long persons;

    Tally(int warmUp, int[][] queueByDayAndReplication) {
        this.warmUp = warmUp;
        this.queueByDayAndReplication = queueByDayAndReplication;
        int days = queueByDayAndReplication.length;
        arrived = new long[days];
        admitted = new long[days];
        delaySum = new long[days];
        queueSum = new long[days];
        inServiceSum = new long[days];
        delayHistogram = new long[days][LONGEST_DELAY_COUNTED + 1];
    }

    Tally forReplication(int index) {
        this.replication = index;
        return this;
    }

    @Override
    public void arrived(int day, int count) {
        int d = day - warmUp;
        if (d >= 0) {
            arrived[d] += count;
        }
    }

    @Override
    public void admitted(int day, int delay, int count, long stays) {
        int d = day - warmUp;
        if (d >= 0) {
            admitted[d] += count;
            delaySum[d] += (long) delay * count;
            delayHistogram[d][Math.min(delay, LONGEST_DELAY_COUNTED)] += count;
            staySum += stays;
            personWaitSum += (long) delay * count;
            persons += count;
        }
    }

    @Override
    public void endOfDay(int day, int queue, int inService) {
        int d = day - warmUp;
        if (d >= 0) {
            queueSum[d] += queue;
            inServiceSum[d] += inService;
            queueByDayAndReplication[d][replication] = queue;
        }
    }

    @Override
    public void stillWaiting(int waited, int count) {
        personWaitSum += (long) waited * count;
        persons += count;
    }

    synchronized void add(Tally other) {
        for (int d = 0; d < arrived.length; d++) {
            arrived[d] += other.arrived[d];
            admitted[d] += other.admitted[d];
            delaySum[d] += other.delaySum[d];
            queueSum[d] += other.queueSum[d];
            inServiceSum[d] += other.inServiceSum[d];
            if (other.admitted[d] > 0) {
                for (int k = 0; k <= LONGEST_DELAY_COUNTED; k++) {
                    delayHistogram[d][k] += other.delayHistogram[d][k];
                }
            }
        }
        staySum += other.staySum;
        personWaitSum += other.personWaitSum;
        persons += other.persons;
    }

    int[][] queueByDayAndReplication() {
        return queueByDayAndReplication;
    }

    int[] queuesOn(int day) {
        return queueByDayAndReplication[day];
    }
}
