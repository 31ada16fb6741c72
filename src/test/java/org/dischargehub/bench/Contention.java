package org.dischargehub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.support.Race;

/** Callers that go at the same instant, and what each attempt came to: taken, refused cleanly, or failed otherwise. */
final class Contention {

    enum Outcome { WON, REFUSED, UNCLEAN }

    record Attempt(Outcome outcome, long nanos, String error) {
    }

    private final ExecutorService pool;

    Contention(ExecutorService pool) {
        this.pool = pool;
    }

    static Attempt attempt(Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
            return new Attempt(Outcome.WON, System.nanoTime() - start, null);
        } catch (ConflictException e) {
            return new Attempt(Outcome.REFUSED, System.nanoTime() - start, null);
        } catch (RuntimeException e) {
            return new Attempt(Outcome.UNCLEAN, System.nanoTime() - start, e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    /** All callers start together; returns each caller's result in caller order once all are done. */
    <T> List<T> race(int callers, IntFunction<Callable<T>> work) throws Exception {
        return Race.on(pool, callers, work);
    }

    /** Makes {@code count} things (referrals) with a few callers at a time, as setup. */
    List<String> make(int count, Supplier<String> maker) throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(maker::get));
        }
        List<String> made = new ArrayList<>();
        for (Future<String> future : futures) {
            made.add(future.get());
        }
        return made;
    }
}
