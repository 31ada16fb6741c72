package org.dischargehub.messages;

/** A delivery that did not happen; a permanent one (a number Notify refuses) is not worth a retry. */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
