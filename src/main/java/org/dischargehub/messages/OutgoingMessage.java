package org.dischargehub.messages;

import java.util.Map;
import java.util.Objects;

/**
 * A message to send. The idempotency key names it for good (asking twice with one key is one message; Notify gets it
 * as the reference); the values are exactly the template's placeholders; a letter has an address and its PDF, a
 * text a phone number.
 */
public record OutgoingMessage(String idempotencyKey, String referralId, Recipient recipient, Channel channel,
        MessageTemplate template, Map<String, String> values, Attachment attachment) {

    public OutgoingMessage {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 120) {
            throw new IllegalArgumentException("an idempotency key of 1 to 120 characters");
        }
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        if (channel != template.channel()) {
            throw new IllegalArgumentException(template + " goes by " + template.channel() + ", not " + channel);
        }
        values = Map.copyOf(values == null ? Map.of() : values);
        if (!values.keySet().equals(template.placeholders())) {
            throw new IllegalArgumentException(template + " takes the values " + template.placeholders()
                    + ", not " + values.keySet());
        }
        if (channel == Channel.LETTER && (recipient.address() == null || attachment == null)) {
            throw new IllegalArgumentException("a letter needs an address and its PDF");
        }
        if (channel == Channel.SMS && recipient.phone() == null) {
            throw new IllegalArgumentException("a text needs a phone number");
        }
    }

    /** The words as the recipient reads them (for a letter, what the attachment is). */
    public String text() {
        return template.render(values);
    }
}
