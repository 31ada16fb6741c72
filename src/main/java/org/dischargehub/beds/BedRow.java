package org.dischargehub.beds;

import java.time.Instant;

/** One bed as the bed board and the API list it. */
public record BedRow(String settingCode, String settingName, String bedCode, BedType type, int tier, String locality,
        BedStatus status, String referralId, Instant statusSince, String closeReason, boolean settingAccepting,
        boolean designatedForInfection) {
}
