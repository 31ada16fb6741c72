package org.dischargehub.messages;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The port's adapter: a message becomes a row in the caller's transaction, due at once, and the worker delivers it
 * once that transaction has committed. A change that rolls back takes its message with it.
 */
@Service
class Outbox implements NotificationPort {

    private final Messages messages;
    private final Clock clock;

    Outbox(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SentMessage send(OutgoingMessage message) {
        return messages.insertIfNew(message, clock.instant());
    }
}
