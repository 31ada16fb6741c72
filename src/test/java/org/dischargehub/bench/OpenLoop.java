package org.dischargehub.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Calls arriving at a stated rate, as a hub's users make them, whether or not the calls before them have returned. A
 * closed loop (each caller's next call when its last returns) measures the number of callers divided by the rate the
 * hub serves them at; this measures how long one call takes at a given load. Each call's time counts from when it
 * was due, not from when a thread took it up, so a slow call delays the figures of the calls queued behind it too.
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /** The nanoseconds from each call's due time to its return, {@code calls} calls at {@code perSecond}. */
    static List<Long> run(double perSecond, int calls, IntConsumer call) throws InterruptedException {
        ExecutorService callers = Executors.newCachedThreadPool();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long interval = Math.round(1e9 / perSecond);
        long first = System.nanoTime() + interval;
        try {
            for (int i = 0; i < calls; i++) {
                long due = first + i * interval;
                // The schedule itself: the next arrival is due then, however the calls before it are doing.
                LockSupport.parkNanos(due - System.nanoTime());
                int n = i;
                callers.execute(() -> {
                    call.accept(n);
                    nanos.add(System.nanoTime() - due);
                });
            }
        } finally {
            callers.shutdown();
        }
        if (!callers.awaitTermination(5, TimeUnit.MINUTES) || nanos.size() != calls) {
            throw new IllegalStateException(nanos.size() + " of " + calls + " calls returned");
        }
        return nanos;
    }
}
