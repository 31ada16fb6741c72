package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A grid's CSV and print hold every row in the order the grid shows them, in memory or read page by page. */
class GridCsvTest {

    private static final List<String> NAMES = List.of("Cara", "Abe", "Bea");

    @Test
    void an_in_memory_grid_sorted_by_a_column_is_written_in_that_order() {
        Grid<String> grid = new Grid<>();
        GridCsv.addColumn(grid, name -> name).setHeader("Name").setSortable(true);
        grid.setItems(NAMES);

        assertThat(GridCsv.shown(grid).rows()).extracting(row -> row.get(0)).containsExactly("Cara", "Abe", "Bea");
        grid.sort(GridSortOrder.desc(grid.getColumns().get(0)).build());
        assertThat(GridCsv.shown(grid).rows()).extracting(row -> row.get(0)).containsExactly("Cara", "Bea", "Abe");
    }

    @Test
    void a_lazy_grid_is_asked_for_every_row_with_its_columns_sort() {
        List<List<QuerySortOrder>> asked = new ArrayList<>();
        Grid<String> grid = new Grid<>();
        GridCsv.addColumn(grid, name -> name).setHeader("Name").setSortProperty("name");
        grid.setItems(query -> {
            asked.add(query.getSortOrders());
            boolean descending = !query.getSortOrders().isEmpty()
                    && query.getSortOrders().get(0).getDirection() == SortDirection.DESCENDING;
            return NAMES.stream().sorted(descending ? Comparator.reverseOrder() : Comparator.naturalOrder())
                    .skip(query.getOffset()).limit(query.getLimit());
        }, query -> NAMES.size());

        grid.sort(GridSortOrder.desc(grid.getColumns().get(0)).build());

        assertThat(GridCsv.shown(grid).rows()).extracting(row -> row.get(0)).containsExactly("Cara", "Bea", "Abe");
        assertThat(asked.get(asked.size() - 1)).extracting(QuerySortOrder::getSorted, QuerySortOrder::getDirection)
                .containsExactly(Tuple.tuple("name", SortDirection.DESCENDING));
    }
}
