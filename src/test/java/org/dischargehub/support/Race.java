package org.dischargehub.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Lets many callers go at the same instant and collects what each got back, in caller order. */
public final class Race {

    private Race() {
    }

    public static List<Integer> statuses(int racers, IntFunction<Callable<Integer>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            return on(pool, racers, work);
        } finally {
            pool.shutdown();
        }
    }

    /** The same on a pool the caller keeps (at least {@code racers} threads), for races run many times over. */
    public static <T> List<T> on(ExecutorService pool, int racers, IntFunction<Callable<T>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Callable<T> call = work.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
