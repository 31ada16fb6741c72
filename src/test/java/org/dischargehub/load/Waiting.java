package org.dischargehub.load;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/** How the load's simulated people wait for something to become true: polled with Awaitility, never a bare sleep. */
public final class Waiting {

    static final Duration POLL = Duration.ofMillis(200);

    private Waiting() {
    }

    /** The first answer of {@code read} that passes {@code wanted}, polled until {@code giveUpAt}; null if none did. */
    public static <T> T forFirst(long giveUpAt, Supplier<T> read, Predicate<T> wanted) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            await().pollDelay(Duration.ZERO).pollInterval(POLL)
                    .atMost(Duration.ofNanos(Math.max(1, giveUpAt - System.nanoTime())))
                    .until(() -> wanted.test(last.updateAndGet(previous -> read.get())));
            return last.get();
        } catch (ConditionTimeoutException e) {
            return null;
        }
    }
}
