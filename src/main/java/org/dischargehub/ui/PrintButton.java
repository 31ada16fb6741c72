package org.dischargehub.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** "Print": the browser's own print of the page, which the theme's print styles lay out on A4 without the menu. */
public final class PrintButton {

    private static final String PRINTED = PrintButton.class.getName() + ".table";

    private PrintButton() {
    }

    public static Button create(String id, String what) {
        Button print = button(id, what);
        print.addClickListener(e -> print.getElement().executeJs("window.print()"));
        return print;
    }

    /**
     * Prints a list whole. A grid draws only the rows in view, so the page prints a plain table of every row the
     * filters leave in its place, written from the grid as its CSV is ({@link GridCsv#shown}) when the button is
     * pressed; the table shows on paper only.
     */
    public static <T> Button forGrid(Grid<T> grid, String id, String what) {
        Button print = button(id, what);
        print.addClickListener(e -> {
            Element table = table(GridCsv.shown(grid), id + "-table", what);
            Element previous = (Element) ComponentUtil.getData(grid, PRINTED);
            if (previous != null) {
                previous.removeFromParent();
            }
            Element parent = grid.getElement().getParent();
            parent.insertChild(parent.indexOfChild(grid.getElement()) + 1, table);
            ComponentUtil.setData(grid, PRINTED, table);
            grid.addClassName("printed-as-table");
            print.getElement().executeJs("window.print()");
        });
        return print;
    }

    private static Button button(String id, String what) {
        Button print = new Button("Print", VaadinIcon.PRINT.create());
        print.setId(id);
        print.addClassName("print-button");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.setAriaLabel("Print " + what);
        return print;
    }

    private static Element table(GridCsv.Shown shown, String id, String what) {
        Element table = new Element("table");
        table.setAttribute("id", id);
        table.setAttribute("class", "print-table");
        table.appendChild(new Element("caption").setText(Character.toUpperCase(what.charAt(0)) + what.substring(1)));
        table.appendChild(new Element("thead").appendChild(row("th", shown.headers())));
        Element body = new Element("tbody");
        shown.rows().forEach(cells -> body.appendChild(row("td", cells)));
        return table.appendChild(body);
    }

    private static Element row(String cell, List<String> texts) {
        Element row = new Element("tr");
        texts.forEach(text -> row.appendChild(new Element(cell).setText(text)));
        return row;
    }
}
