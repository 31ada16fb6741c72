package org.dischargehub.load;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code workers} people each running whole episodes back to back through the HTTP API until {@link #stop()}: the
 * episode load that a figure "under load" is measured beside. Each episode in flight at the stop is finished.
 */
public final class BackgroundLoad implements AutoCloseable {

    private final ExecutorService pool;
    private final Stats stats;
    private final int workers;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final long begin = System.nanoTime();
    private LoadGenerator.Result result;

    BackgroundLoad(Region region, Stats stats, int workers) {
        this.stats = stats;
        this.workers = workers;
        this.pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                Random random = Episode.threadRandom();
                while (running.get()) {
                    started.incrementAndGet();
                    if (!new Episode(region, stats, random).run()) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
    }

    /** The region's episodes, counted in {@code stats}, started now. */
    public static BackgroundLoad start(Region region, Stats stats, int workers) {
        return new BackgroundLoad(region.reportingTo(stats), stats, workers);
    }

    /**
     * Waits until the load is in its stride: as many episodes finished as there are workers, so each has been through
     * the whole chain once. A figure measured "under load" starts after this, not after a fixed pause.
     */
    public BackgroundLoad awaitSteady() {
        if (Waiting.forFirst(System.nanoTime() + 120_000_000_000L, stats::episodes, n -> n >= workers) == null) {
            throw new IllegalStateException("the load did not finish " + workers + " episodes in two minutes");
        }
        return this;
    }

    /** Stops starting episodes, waits for those in flight, and answers what ran from the start until then. */
    public LoadGenerator.Result stop() throws InterruptedException {
        if (result == null) {
            running.set(false);
            pool.shutdown();
            if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("episodes still running five minutes after the load was stopped");
            }
            result = new LoadGenerator.Result(stats, (System.nanoTime() - begin) / 1e9, started.get(), failed.get(),
                    workers + " workers, episodes back to back");
        }
        return result;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
