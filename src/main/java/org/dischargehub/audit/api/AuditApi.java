package org.dischargehub.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dischargehub.audit.AuditEntry;
import org.dischargehub.audit.AuditFilter;
import org.dischargehub.audit.AuditService;
import org.dischargehub.shared.CsvDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for managers: search by person, user and period, as JSON or CSV. */
@RestController
@RequestMapping("/api/audit")
class AuditApi {

    private static final String DESCRIPTION = "MANAGER. Every view, change and export of a person's record and every "
            + "refused request: at, username, role, action (VIEW, CREATE, a transition such as TRIAGED or "
            + "BED_RESERVED, EXPORT, SEARCH, ACCESS_DENIED), recordType and recordId, referralId and nhsNumber of the "
            + "person concerned, detail and remoteAddress (\"system\" for the hub's own work). Newest first, at most "
            + "10,000 rows. nhsNumber (a valid NHS number), user (a username, exact) and from/to (London days, both "
            + "included, written like 2026-11-23) narrow the search; 400 for an invalid value. The search itself is "
            + "logged (SEARCH; the CSV as EXPORT).";

    private final AuditService audit;

    AuditApi(AuditService audit) {
        this.audit = audit;
    }

    @Operation(summary = "Search the audit trail", description = DESCRIPTION)
    @GetMapping
    List<AuditEntry> search(@Parameter(example = "9434765919") @RequestParam(required = false) String nhsNumber,
            @RequestParam(required = false) String user,
            @Parameter(example = "2026-11-01", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String from,
            @Parameter(example = "2026-11-30", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String to) {
        return audit.search(AuditFilter.parse(nhsNumber, user, from, to));
    }

    @Operation(summary = "Export the audit trail as CSV", description = DESCRIPTION + " CSV: a header row "
            + "at,username,role,action,recordType,recordId,referralId,nhsNumber,detail,remoteAddress, one row per "
            + "entry; a cell starting with =, +, - or @ is prefixed with ' so no spreadsheet runs it.")
    @GetMapping(produces = "text/csv")
    ResponseEntity<String> export(@RequestParam(required = false) String nhsNumber,
            @RequestParam(required = false) String user,
            @Parameter(schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String from,
            @Parameter(schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String to) {
        String csv = audit.exportCsv(AuditFilter.parse(nhsNumber, user, from, to));
        return CsvDownload.of("audit.csv", csv);
    }
}
