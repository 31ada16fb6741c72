package org.dischargehub.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open view's interest in the hub's changes. A change that concerns the view asks for a redraw on the live-update
 * pool, never on the thread whose change it was, so nobody's save waits for other people's screens. Changes that
 * arrive while a redraw waits to start share it (a burst costs one redraw, not one each); a change that arrives once
 * a redraw has started asks for another, so the view is always drawn again after the last change it heard of.
 */
final class Redraw {

    private static final Logger log = LoggerFactory.getLogger(Redraw.class);

    private final Predicate<Object> concerns;
    private final Runnable redraw;
    private final Executor pool;
    private final AtomicBoolean waiting = new AtomicBoolean();

    /**
     * @param concerns whether a change matters to the view; it runs on the thread that heard of the change, so it may
     *                 read only what is safe to read from any thread
     * @param redraw   draws the view again, on a pool thread
     */
    Redraw(Predicate<Object> concerns, Runnable redraw, Executor pool) {
        this.concerns = concerns;
        this.redraw = redraw;
        this.pool = pool;
    }

    void changed(Object change) {
        if (!concerns.test(change) || !waiting.compareAndSet(false, true)) {
            return;
        }
        try {
            pool.execute(() -> {
                waiting.set(false);
                redraw.run();
            });
        } catch (RejectedExecutionException stopping) {
            waiting.set(false);
            log.debug("The hub is stopping; a view will not be redrawn", stopping);
        }
    }
}
