package org.dischargehub.messages;

/** How a message reaches its recipient: a letter by post, or a text message to a phone. */
public enum Channel {
    LETTER, SMS
}
