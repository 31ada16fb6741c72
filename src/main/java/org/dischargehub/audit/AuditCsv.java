package org.dischargehub.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The audit as CSV: quoted where needed, and a cell that a spreadsheet would run as a formula is defused. */
final class AuditCsv {

    static final String HEADER = "at,username,role,action,recordType,recordId,referralId,nhsNumber,detail,remoteAddress";

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            csv.append(Stream.of(e.at().toString(), e.username(), e.role(), e.action(), e.recordType(), e.recordId(),
                            e.referralId(), e.nhsNumber(), e.detail(), e.remoteAddress())
                    .map(AuditCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.matches("[^\",\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
