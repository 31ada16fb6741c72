package org.dischargehub.messages;

/** Where a message is: waiting (a first try or a retry due), delivered, or failed after its last retry. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
