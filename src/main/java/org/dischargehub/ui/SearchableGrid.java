package org.dischargehub.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;

/** A sortable grid with a search box over the text of each row: the reference-data lists all look like this. */
public class SearchableGrid<T> {

    public final TextField search = new TextField();
    public final Grid<T> grid;
    private final Function<T, String> searchText;
    private ListDataProvider<T> data;

    public SearchableGrid(Class<T> type, Function<T, String> searchText) {
        this.grid = new Grid<>(type, false);
        this.searchText = searchText;
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("Nothing here yet");
        grid.setMultiSort(true);
        search.setPlaceholder("Search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
    }

    public void setItems(Collection<T> items) {
        data = new ListDataProvider<>(items);
        grid.setItems(data);
        applyFilter();
    }

    private void applyFilter() {
        if (data == null) {
            return;
        }
        String term = search.getValue().trim().toLowerCase(Locale.ROOT);
        data.setFilter(item -> term.isEmpty() || searchText.apply(item).toLowerCase(Locale.ROOT).contains(term));
    }
}
