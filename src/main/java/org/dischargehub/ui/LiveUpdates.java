package org.dischargehub.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes committed changes to every open view that asked for them, so a coordinator's board moves when an MDT
 * triages on another screen, on this node or (through {@link CrossNodeChanges}) on another one. Listeners of views
 * run inside their own UI's lock.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Consumer<Object>> subscriptions = ConcurrentHashMap.newKeySet();

    /** Calls {@code onChange} with each committed change while {@code view} is attached to a UI. */
    public void subscribe(com.vaadin.flow.component.Component view, Consumer<Object> onChange) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Registration subscription = listen(change -> ui.access(() -> onChange.accept(change)));
            Registration[] detach = new Registration[1];
            detach[0] = view.addDetachListener(event -> {
                subscription.remove();
                detach[0].remove();
            });
        });
    }

    /** Calls {@code onChange} with each committed change, on the thread that saw it commit, until removed. */
    public Registration listen(Consumer<Object> onChange) {
        Consumer<Object> subscription = onChange::accept;
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @OnHubChange
    void changed(Object change) {
        broadcast(change);
    }

    void broadcast(Object change) {
        for (Consumer<Object> subscription : subscriptions) {
            try {
                subscription.accept(change);
            } catch (UIDetachedException detached) {
                log.debug("A view closed while a change was on its way", detached);
            }
        }
    }
}
