package org.dischargehub.messages;

/** What the port answers for a message: its id in the hub, and how far its delivery has got. */
public record SentMessage(String id, DeliveryStatus status) {
}
