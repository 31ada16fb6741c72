package org.dischargehub.dashboard.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dischargehub.dashboard.Table;

/** One chart of the dashboard with its numbers: the SVG, the same figures as a grid, and a CSV of the grid. */
class ChartPanel extends VerticalLayout {

    final Div chart = new Div();
    final Grid<List<String>> numbers = new Grid<>();
    final Anchor csv = new Anchor();
    final Details details = new Details("The numbers");
    private Table table;

    ChartPanel(String id) {
        setId(id);
        addClassName("dashboard-panel");
        setPadding(false);
        chart.addClassName("chart");
        chart.getStyle().set("max-width", "100%");
        numbers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        numbers.setAllRowsVisible(true);
        numbers.setId(id + "-table");
        csv.setId(id + "-csv");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span("Download CSV"));
        details.add(numbers);
        details.setWidthFull();
        setWidthFull();
        add(chart, csv, details);
    }

    void show(Table table, String svg) {
        chart.removeAll();
        chart.add(new Html("<div>" + svg + "</div>"));
        showNumbers(table);
        csv.setHref(download(), AttachmentType.DOWNLOAD);
    }

    /** The grid's columns and rows are the table's headers and rows, the same cells the CSV is written from. */
    void showNumbers(Table table) {
        this.table = table;
        numbers.removeAllColumns();
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            numbers.addColumn(row -> row.get(column)).setHeader(table.headers().get(i)).setAutoWidth(true)
                    .setSortable(true);
        }
        numbers.setItems(table.rows());
        numbers.setEmptyStateText("No figures for this choice");
    }

    Table table() {
        return table;
    }

    private DownloadHandler download() {
        Table shown = table;
        return event -> {
            byte[] bytes = shown.csv().getBytes(StandardCharsets.UTF_8);
            event.setFileName(shown.csvFileName());
            event.setContentType("text/csv;charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }
}
