package org.dischargehub.beds;

public enum BedStatus {
    AVAILABLE, RESERVED, OCCUPIED, CLOSED
}
