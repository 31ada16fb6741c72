package org.dischargehub.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.ValueProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dischargehub.shared.Csv;

/**
 * A list's CSV written from its grid, so the file always says what the screen says: every column with a header, in
 * the grid's order, with the text its cells show, and the rows the filters and the sort leave, in that order. A text
 * column is added with {@link #addColumn} (its one value provider serves the screen and the file); a column drawn by a
 * renderer (a badge, an icon) is given its text with {@link #text}; a component column otherwise reads as the text
 * of the component it draws; a column without a header (the buttons) or without a text is left out.
 */
public final class GridCsv {

    private static final String TEXT = GridCsv.class.getName() + ".text";

    private GridCsv() {
    }

    /** A text column whose cells the CSV holds as the grid shows them. */
    public static <T> Grid.Column<T> addColumn(Grid<T> grid, ValueProvider<T, ?> value) {
        return text(grid.addColumn(value), item -> {
            Object shown = value.apply(item);
            return shown == null ? "" : shown.toString();
        });
    }

    /** What the column's cells read as in the CSV, for a column drawn by a component or template renderer. */
    public static <T> Grid.Column<T> text(Grid.Column<T> column, ValueProvider<T, String> text) {
        ComponentUtil.setData(column, TEXT, text);
        return column;
    }

    /** What a grid shows, as text: the headers of its columns with a text, and its rows as the filters leave them. */
    public record Shown(List<String> headers, List<List<String>> rows) {
    }

    public static <T> Shown shown(Grid<T> grid) {
        return shown(grid, rows(grid));
    }

    /**
     * Every row the grid's filter leaves, in its current order (a column's sort, else the list's own): asked of the
     * data provider as the grid asks for a page, so a lazy grid's file and print follow the database's order too.
     */
    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Grid<T> grid) {
        return ((Stream<T>) grid.getDataProvider().fetch(grid.getDataCommunicator().buildQuery(0, Integer.MAX_VALUE)))
                .toList();
    }

    private static <T> Shown shown(Grid<T> grid, List<T> items) {
        List<String> headers = new ArrayList<>();
        List<Function<T, String>> cells = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            Function<T, String> cell = cellText(column);
            if (cell != null && column.getHeaderText() != null && !column.getHeaderText().isBlank()) {
                headers.add(column.getHeaderText());
                cells.add(cell);
            }
        }
        List<List<String>> rows = items.stream()
                .map(item -> cells.stream().map(cell -> cell.apply(item)).toList()).toList();
        return new Shown(List.copyOf(headers), rows);
    }

    /** A keyboard-reachable "Download CSV" link whose file is written from the grid when it is clicked. */
    public static <T> Anchor download(Grid<T> grid, String id, String what, String fileName) {
        return download(grid, id, what, fileName, (rows, file) -> { });
    }

    /**
     * The same link for a list of people's records: once the file is written, {@code exported} is told which rows
     * and which file name left the hub, for the audit.
     */
    public static <T> Anchor download(Grid<T> grid, String id, String what, String fileName,
            BiConsumer<List<T>, String> exported) {
        Anchor link = new Anchor();
        link.setId(id);
        link.addClassName("csv-download");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span("Download CSV"));
        link.getElement().setAttribute("aria-label", "Download CSV of " + what);
        link.setHref(event -> {
            String[] csv = new String[1];
            List<List<T>> rows = new ArrayList<>();
            event.getSession().accessSynchronously(() -> {
                rows.add(rows(grid));
                Shown shown = shown(grid, rows.get(0));
                csv[0] = Csv.of(shown.headers(), shown.rows());
            });
            byte[] bytes = csv[0].getBytes(StandardCharsets.UTF_8);
            String file = Csv.fileName(fileName);
            exported.accept(rows.get(0), file);
            event.setFileName(file);
            event.setContentType("text/csv;charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        }, AttachmentType.DOWNLOAD);
        return link;
    }

    @SuppressWarnings("unchecked")
    private static <T> Function<T, String> cellText(Grid.Column<T> column) {
        ValueProvider<T, String> text = (ValueProvider<T, String>) ComponentUtil.getData(column, TEXT);
        if (text != null) {
            return text::apply;
        }
        if (column.getRenderer() instanceof ComponentRenderer<?, T> components) {
            return item -> textOf(components.createComponent(item).getElement());
        }
        return null;
    }

    /** The words a component shows, its pieces joined by spaces. */
    private static String textOf(Element element) {
        if (element.isTextNode()) {
            return element.getText().strip();
        }
        return element.getChildren().map(GridCsv::textOf).filter(t -> !t.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
