package org.dischargehub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_defused_and_quoted_where_needed() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditCsv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void one_line_per_entry_after_the_header() {
        String csv = AuditCsv.of(List.of(new AuditEntry(1, Instant.parse("2026-11-23T10:15:30Z"), "mdt", "MDT", "VIEW",
                "REFERRAL", null, "r-1", "9434765919", "line one\nline two", "127.0.0.1")));
        assertThat(csv).isEqualTo(AuditCsv.HEADER + "\r\n"
                + "2026-11-23T10:15:30Z,mdt,MDT,VIEW,REFERRAL,,r-1,9434765919,\"line one\nline two\",127.0.0.1\r\n");
    }
}
