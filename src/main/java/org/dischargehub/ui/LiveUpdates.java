package org.dischargehub.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.dischargehub.beds.BedsChanged;
import org.dischargehub.escalation.EscalationService.EscalationChanged;
import org.dischargehub.homecare.HomeCareChanged;
import org.dischargehub.providerstatus.ProviderStatusChanged;
import org.dischargehub.referral.ReferralChanged;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes committed changes to every open view that asked for them, so a coordinator's board moves when an MDT
 * triages on another screen. Listeners run inside their own UI's lock.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

    /** Calls {@code onChange} with each committed change while {@code view} is attached to a UI. */
    public void subscribe(com.vaadin.flow.component.Component view, Consumer<Object> onChange) {
        view.addAttachListener(attach -> {
            Subscription subscription = new Subscription(attach.getUI(), onChange);
            subscriptions.add(subscription);
            Registration[] detach = new Registration[1];
            detach[0] = view.addDetachListener(event -> {
                subscriptions.remove(subscription);
                detach[0].remove();
            });
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void referralChanged(ReferralChanged change) {
        broadcast(change);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void escalationChanged(EscalationChanged raised) {
        broadcast(raised);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void bedsChanged(BedsChanged changed) {
        broadcast(changed);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void providerStatusChanged(ProviderStatusChanged changed) {
        broadcast(changed);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void homeCareChanged(HomeCareChanged changed) {
        broadcast(changed);
    }

    void broadcast(Object change) {
        for (Subscription subscription : subscriptions) {
            subscription.ui().access(() -> subscription.onChange().accept(change));
        }
    }

    int subscriberCount() {
        return subscriptions.size();
    }

    private record Subscription(UI ui, Consumer<Object> onChange) {
    }
}
