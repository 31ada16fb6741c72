package org.dischargehub.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dischargehub.dashboard.Table;
import org.junit.jupiter.api.Test;

class ChartPanelTest {

    static final Table BEDS = new Table("Beds, \"today\"", List.of("Tier", "Type", "Available"),
            List.of(List.of("1", "REHAB", "2"), List.of("2", "Nursing, dementia", "0")), "beds 2026/11/30");

    @Test
    void the_grid_shows_the_rows_the_csv_holds_in_the_same_order() {
        ChartPanel panel = new ChartPanel("chart-beds");
        panel.showNumbers(BEDS);

        assertThat(panel.numbers.getColumns()).extracting(c -> c.getHeaderText())
                .containsExactly("Tier", "Type", "Available");
        List<List<String>> shown = panel.numbers.getListDataView().getItems().toList();
        List<String> csvRows = new ArrayList<>(BEDS.csv().lines().toList());
        assertThat(csvRows.remove(0)).isEqualTo("Tier,Type,Available");
        assertThat(csvRows).hasSize(shown.size());
        assertThat(csvRows.get(0)).isEqualTo(String.join(",", shown.get(0)));
        assertThat(csvRows.get(1)).isEqualTo("2,\"Nursing, dementia\",0");
        assertThat(panel.table()).isSameAs(BEDS);
    }

    @Test
    void csv_cells_with_commas_or_quotes_are_quoted_and_lines_end_in_crlf() {
        Table table = new Table("t", List.of("a", "b"), List.of(List.of("say \"hi\"", "x")), "t");
        assertThat(table.csv()).isEqualTo("a,b\r\n\"say \"\"hi\"\"\",x\r\n");
        assertThat(BEDS.csvFileName()).isEqualTo("beds_2026_11_30.csv");
    }
}
