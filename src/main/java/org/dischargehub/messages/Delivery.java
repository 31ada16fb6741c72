package org.dischargehub.messages;

/** How a claimed message actually leaves: to a folder (the default) or through GOV.UK Notify. */
public interface Delivery {

    /** Delivers the message, or throws; answers the delivery's own reference (a file, a Notify notification id). */
    String deliver(DueMessage message) throws DeliveryFailure;
}
