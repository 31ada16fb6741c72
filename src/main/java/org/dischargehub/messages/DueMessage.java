package org.dischargehub.messages;

import java.util.Map;

/** A message claimed by the worker for one delivery attempt: everything the delivery needs, and its tries so far. */
public record DueMessage(String id, String idempotencyKey, String referralId, Recipient recipient, Channel channel,
        MessageTemplate template, Map<String, String> values, Attachment attachment, int attempts) {

    /** The words as the recipient reads them (for a letter, what the attachment is). */
    public String text() {
        return template.render(values);
    }

    /** The same message with another attachment: its content, once made. */
    DueMessage withAttachment(Attachment made) {
        return new DueMessage(id, idempotencyKey, referralId, recipient, channel, template, values, made, attempts);
    }
}
