package org.dischargehub.forecast;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A run under way: its result to come, how far it is, and a way to stop it (checked between replications). */
public final class ForecastRun {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final int total;
    private volatile CompletableFuture<ForecastResult> result;

    ForecastRun(int total) {
        this.total = total;
    }

    public CompletableFuture<ForecastResult> result() {
        return result;
    }

    /** Asks the run to stop; replications already started finish, and the result says it was cancelled. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public int replicationsDone() {
        return done.get();
    }

    public int replicationsTotal() {
        return total;
    }

    int markDone() {
        return done.incrementAndGet();
    }

    void completeWith(CompletableFuture<ForecastResult> future) {
        this.result = future;
    }
}
