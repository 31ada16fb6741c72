package org.dischargehub.dashboard;

import java.util.List;

/** A chart's numbers as rows of text: what the grid shows and what the CSV holds, cell for cell. */
public record Table(String title, List<String> headers, List<List<String>> rows, String name) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** RFC 4180 CSV with a header row and CRLF line ends; cells with a comma, quote or line end are quoted. */
    public String csv() {
        StringBuilder csv = new StringBuilder();
        line(csv, headers);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    public String csvFileName() {
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            csv.append(cell.matches("(?s).*[,\"\r\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        csv.append("\r\n");
    }
}
