package org.dischargehub.dashboard;

import java.util.List;
import org.dischargehub.shared.Csv;

/** A chart's numbers as rows of text: what the grid shows and what the CSV holds, cell for cell. */
public record Table(String title, List<String> headers, List<List<String>> rows, String name) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** RFC 4180 CSV with a header row and CRLF line ends, written by {@link Csv}. */
    public String csv() {
        return Csv.of(headers, rows);
    }

    public String csvFileName() {
        return Csv.fileName(name);
    }
}
