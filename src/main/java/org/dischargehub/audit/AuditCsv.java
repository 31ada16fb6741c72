package org.dischargehub.audit;

import java.util.Arrays;
import java.util.List;
import org.dischargehub.shared.Csv;

/** The audit as CSV: quoted where needed, and a cell that a spreadsheet would run as a formula is defused. */
final class AuditCsv {

    static final String HEADER = "at,username,role,action,recordType,recordId,referralId,nhsNumber,detail,remoteAddress";

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        return Csv.of(List.of(HEADER.split(",")), entries.stream()
                .map(e -> Arrays.asList(e.at().toString(), e.username(), e.role(), e.action(), e.recordType(),
                        e.recordId(), e.referralId(), e.nhsNumber(), e.detail(), e.remoteAddress()))
                .toList());
    }

    static String cell(String value) {
        return Csv.cell(value);
    }
}
