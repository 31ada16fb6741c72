package org.dischargehub.messages;

/**
 * The one way a message leaves the hub for a person or their family. A message is accepted in the transaction of the
 * change that caused it and delivered after that change commits, so a change and its message are kept or lost
 * together; asking twice with one idempotency key is one message.
 */
public interface NotificationPort {

    /** Accepts the message; must be called inside the transaction of the change that caused it. */
    SentMessage send(OutgoingMessage message);
}
