package org.dischargehub.messages;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Messages in the states tests need, made through the outbox itself. */
public final class MessageFactory {

    private final NotificationPort notifications;
    private final Messages messages;
    private final TransactionTemplate transaction;

    public MessageFactory(ApplicationContext context) {
        this.notifications = context.getBean(NotificationPort.class);
        this.messages = context.getBean(Messages.class);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /**
     * A text to the next of kin of the referral's person that failed on its fifth and last try: sent and failed in one
     * transaction, so the worker never sees it due. Answers the message's id.
     */
    public String failedText(String referralId) {
        return transaction.execute(status -> {
            SentMessage sent = notifications.send(new OutgoingMessage("test-" + UUID.randomUUID(), referralId,
                    new Recipient(Recipient.Role.NEXT_OF_KIN, "Grace Marsh", null, "07700 900456"), Channel.SMS,
                    MessageTemplate.FAMILY_UPDATE, Map.of("name", "Edith Marsh", "hub_phone", "01632 960000",
                    "hub_hours", "8am to 8pm"), null));
            messages.failedAttempt(sent.id(), 5, "Notify: Status code: 500 Internal server error", null);
            return sent.id();
        });
    }
}
