package org.dischargehub.providerstatus;

public enum Outbreak {
    NONE, SUSPECTED, CONFIRMED
}
