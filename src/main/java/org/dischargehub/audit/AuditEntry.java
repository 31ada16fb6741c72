package org.dischargehub.audit;

import java.time.Instant;

/** One row of the audit trail: who did what to whose record, when and from where. */
public record AuditEntry(long id, Instant at, String username, String role, String action, String recordType,
        String recordId, String referralId, String nhsNumber, String detail, String remoteAddress) {
}
