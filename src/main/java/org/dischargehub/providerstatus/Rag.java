package org.dischargehub.providerstatus;

/** Red, amber, green: worst first, so that a provider's rating is the worst rule that applies. */
public enum Rag {
    RED, AMBER, GREEN;

    public Rag worse(Rag other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
