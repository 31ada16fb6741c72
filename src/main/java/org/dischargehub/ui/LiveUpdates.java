package org.dischargehub.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.dischargehub.shared.HubChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Pushes committed changes to every open view that asked for them, so a coordinator's board moves when an MDT
 * triages on another screen, on this node or (through {@link CrossNodeChanges}) on another one. Views are redrawn
 * inside their own UI's lock on a small pool of threads of their own ({@link Redraw}): the person or system whose
 * change it was does not wait for the screens it moves.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Consumer<Object>> subscriptions = ConcurrentHashMap.newKeySet();
    private final ExecutorService redraws;

    public LiveUpdates(@Value("${hub.live-updates.threads:2}") int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = work -> {
            Thread thread = new Thread(work, "live-update-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.redraws = Executors.newFixedThreadPool(threads, named);
    }

    /** Redraws {@code view} after every committed change while it is attached to a UI. */
    public void subscribe(com.vaadin.flow.component.Component view, Runnable redraw) {
        subscribe(view, change -> true, redraw);
    }

    /**
     * Redraws {@code view} after committed changes that {@code concerns} it (and after changes may have been missed),
     * while it is attached to a UI. The test runs on the thread that heard of the change: it may read only what is
     * safe to read from any thread.
     */
    public void subscribe(com.vaadin.flow.component.Component view, Predicate<Object> concerns, Runnable redraw) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Redraw onChange = new Redraw(concerns, () -> redrawIn(ui, redraw), redraws);
            untilDetached(view, listen(onChange::changed));
        });
    }

    /**
     * Calls {@code onChange} with each committed change that {@code concerns} the view, one by one and never merged
     * with another (news each of which must be told, not a redraw), inside the view's UI lock on the live-update pool,
     * while the view is attached. The test runs on the thread that heard of the change, like
     * {@link #subscribe(com.vaadin.flow.component.Component, Predicate, Runnable)}'s.
     */
    public void tellEach(com.vaadin.flow.component.Component view, Predicate<Object> concerns,
            Consumer<Object> onChange) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            untilDetached(view, listen(change -> {
                if (concerns.test(change)) {
                    try {
                        redraws.execute(() -> redrawIn(ui, () -> onChange.accept(change)));
                    } catch (RejectedExecutionException stopping) {
                        log.debug("The hub is stopping; a change will not be told", stopping);
                    }
                }
            }));
        });
    }

    private static void untilDetached(com.vaadin.flow.component.Component view, Registration subscription) {
        Registration[] detach = new Registration[1];
        detach[0] = view.addDetachListener(event -> {
            subscription.remove();
            detach[0].remove();
        });
    }

    /** Calls {@code onChange} with each committed change, on the thread that saw it commit, until removed. */
    public Registration listen(Consumer<Object> onChange) {
        Consumer<Object> subscription = onChange::accept;
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @OnHubChange
    void changed(HubChange change) {
        broadcast(change);
    }

    void broadcast(Object change) {
        for (Consumer<Object> subscription : subscriptions) {
            try {
                subscription.accept(change);
            } catch (RuntimeException e) {
                log.warn("A listener failed on {}; the others still hear of it", change, e);
            }
        }
    }

    @PreDestroy
    void stop() {
        redraws.shutdownNow();
    }

    private static void redrawIn(UI ui, Runnable redraw) {
        try {
            ui.access(redraw::run);
        } catch (UIDetachedException detached) {
            log.debug("A view closed while a change was on its way", detached);
        } catch (RuntimeException e) {
            log.warn("A view could not be redrawn after a change", e);
        }
    }
}
