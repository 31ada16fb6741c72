package org.dischargehub.funding;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dischargehub.shared.Csv;

/** What the hub recharges the NHS commissioner for one month: one line per placement, and their sum. */
public record RechargeStatement(YearMonth month, List<RechargeLine> lines, BigDecimal total) {

    static final List<String> CSV_HEADER = List.of("referralId", "nhsNumber", "kind", "from", "to", "days", "amount",
            "person", "placedWith");

    public RechargeStatement {
        lines = List.copyOf(lines);
    }

    /**
     * The same statement as CSV: a header row, one row per line, then a last row whose first column reads
     * {@code total} and whose amount is the total; amounts with two decimals, CRLF line ends. The person and the
     * setting or provider come after the amount, so the columns a machine reads keep their places.
     */
    public String csv() {
        List<List<String>> rows = new ArrayList<>();
        for (RechargeLine line : lines) {
            rows.add(List.of(line.referralId(), line.nhsNumber(), line.kind().name(), line.from().toString(),
                    line.to().toString(), String.valueOf(line.days()), line.amount().toPlainString(),
                    String.valueOf(line.person()), String.valueOf(line.placedWith())));
        }
        rows.add(List.of("total", "", "", "", "", "", total.toPlainString(), "", ""));
        return Csv.of(CSV_HEADER, rows);
    }

    public String csvFileName() {
        return "recharges-" + month + ".csv";
    }
}
