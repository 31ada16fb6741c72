package org.dischargehub.funding;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** What the hub recharges the NHS commissioner for one month: one line per placement, and their sum. */
public record RechargeStatement(YearMonth month, List<RechargeLine> lines, BigDecimal total) {

    static final String CSV_HEADER = "referralId,nhsNumber,kind,from,to,days,amount";

    public RechargeStatement {
        lines = List.copyOf(lines);
    }

    /**
     * The same statement as CSV: a header row, one row per line, then a last row whose first column reads
     * {@code total} and whose amount is the total; amounts with two decimals, CRLF line ends.
     */
    public String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (RechargeLine line : lines) {
            csv.append(line.referralId()).append(',')
                    .append(line.nhsNumber()).append(',')
                    .append(line.kind()).append(',')
                    .append(line.from()).append(',')
                    .append(line.to()).append(',')
                    .append(line.days()).append(',')
                    .append(line.amount().toPlainString()).append("\r\n");
        }
        return csv.append("total,,,,,,").append(total.toPlainString()).append("\r\n").toString();
    }

    public String csvFileName() {
        return "recharges-" + month + ".csv";
    }
}
