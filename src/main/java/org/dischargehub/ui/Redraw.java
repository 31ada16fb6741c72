package org.dischargehub.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open view's interest in the hub's changes. A change that concerns the view asks for a redraw on the live-update
 * pool, never on the thread whose change it was, so nobody's save waits for other people's screens. A view redraws
 * one at a time: changes that arrive while a redraw waits to start share it (a burst costs one redraw, not one
 * each), and changes that arrive while one runs ask for exactly one more after it, so the view is always drawn again
 * after the last change it heard of. After changes may have been missed (another node's line was cut), every view
 * redraws, whatever it usually waits for.
 */
final class Redraw {

    private static final Logger log = LoggerFactory.getLogger(Redraw.class);

    private enum State { IDLE, WAITING, RUNNING, RUNNING_THEN_AGAIN }

    private final Predicate<Object> concerns;
    private final Runnable redraw;
    private final Executor pool;
    private State state = State.IDLE;

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
        if (!(change instanceof ChangesMayHaveBeenMissed) && !concerns.test(change)) {
            return;
        }
        synchronized (this) {
            switch (state) {
                case IDLE -> schedule();
                case RUNNING -> state = State.RUNNING_THEN_AGAIN;
                case WAITING, RUNNING_THEN_AGAIN -> {
                    // a redraw still to come will show this change
                }
            }
        }
    }

    private void run() {
        synchronized (this) {
            state = State.RUNNING;
        }
        try {
            redraw.run();
        } finally {
            synchronized (this) {
                if (state == State.RUNNING_THEN_AGAIN) {
                    schedule();
                } else {
                    state = State.IDLE;
                }
            }
        }
    }

    /** Called holding this object's lock. */
    private void schedule() {
        state = State.WAITING;
        try {
            pool.execute(this::run);
        } catch (RejectedExecutionException stopping) {
            state = State.IDLE;
            log.debug("The hub is stopping; a view will not be redrawn", stopping);
        }
    }
}
