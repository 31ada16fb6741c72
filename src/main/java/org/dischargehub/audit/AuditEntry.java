package org.dischargehub.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One row of the audit trail: who did what to whose record, when and from where. */
public record AuditEntry(long id, Instant at, String username, @Schema(nullable = true) String role, String action,
        @Schema(nullable = true) String recordType, @Schema(nullable = true) String recordId,
        @Schema(nullable = true) String referralId, @Schema(nullable = true) String nhsNumber,
        @Schema(nullable = true) String detail, @Schema(nullable = true) String remoteAddress) {
}
