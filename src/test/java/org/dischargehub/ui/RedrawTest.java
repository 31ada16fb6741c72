package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedrawTest {

    final ExecutorService pool = Executors.newFixedThreadPool(2);
    final List<String> redrawThreads = new CopyOnWriteArrayList<>();
    final AtomicInteger redraws = new AtomicInteger();
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    /** A redraw that takes as long as the test says: it waits for {@link #release}. */
    Redraw slowView(Object... concerning) {
        return new Redraw(change -> List.of(concerning).contains(change), () -> {
            redrawThreads.add(Thread.currentThread().getName());
            started.countDown();
            waitFor(release);
            redraws.incrementAndGet();
        }, pool);
    }

    @Test
    void the_change_s_maker_does_not_wait_for_the_redraw() {
        Redraw view = slowView("bed freed");

        view.changed("bed freed");

        waitFor(started);
        assertThat(redraws).as("the maker is back while the view is still drawing").hasValue(0);
        assertThat(redrawThreads).doesNotContain(Thread.currentThread().getName());
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> redraws.get() == 1);
    }

    @Test
    void a_burst_while_the_view_is_drawing_costs_one_more_redraw_and_the_view_ends_up_drawn_after_the_last_change() {
        Redraw view = slowView("change");
        view.changed("change");
        waitFor(started);

        for (int i = 0; i < 50; i++) {
            view.changed("change");
        }
        release.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> redraws.get() == 2);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> redraws.get() == 2);
    }

    /** The second redraw waits for the first, though the pool has a free thread. */
    @Test
    void a_view_redraws_one_at_a_time_even_with_threads_to_spare() {
        Redraw view = slowView("change");
        view.changed("change");
        waitFor(started);

        view.changed("change");

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> redrawThreads.size() == 1);
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> redraws.get() == 2);
        assertThat(redrawThreads).hasSize(2);
    }

    @Test
    void a_change_that_does_not_concern_the_view_draws_nothing() {
        Redraw view = slowView("mine");
        release.countDown();

        view.changed("someone else's");
        view.changed("mine");

        await().atMost(Duration.ofSeconds(5)).until(() -> redraws.get() == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> redraws.get() == 1);
    }

    @Test
    void after_changes_may_have_been_missed_every_view_redraws_whatever_it_usually_waits_for() {
        Redraw view = slowView("mine");
        release.countDown();

        view.changed(new ChangesMayHaveBeenMissed());

        await().atMost(Duration.ofSeconds(5)).until(() -> redraws.get() == 1);
    }

    @Test
    void a_stopped_pool_drops_the_redraw_quietly_and_the_maker_carries_on() {
        Redraw view = slowView("change");
        pool.shutdownNow();

        view.changed("change");
        view.changed("change");

        assertThat(redraws).hasValue(0);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).as("waited for the other thread").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
