package org.dischargehub.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV, written the one way the hub writes it: a header row, CRLF line ends, a cell quoted when it holds a
 * comma, quote or line end, and a cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return, and not a plain number) defused with a leading apostrophe.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,\"\r\n]");

    private Csv() {
    }

    public static String of(List<String> headers, List<? extends List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, headers);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    /** One cell as written; a plain number such as -8.5 stays a number, it cannot run as a formula. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean formula = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                && !NUMBER.matcher(value).matches();
        String text = formula ? "'" + value : value;
        return NEEDS_QUOTES.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A file name made safe for a Content-Disposition header, with the .csv ending. */
    public static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }
}
