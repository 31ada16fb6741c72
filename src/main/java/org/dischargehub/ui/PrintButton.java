package org.dischargehub.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "Print": the browser's own print of the page, which the theme's print styles lay out on A4 without the menu. */
public final class PrintButton {

    private PrintButton() {
    }

    public static Button create(String id, String what) {
        Button print = new Button("Print", VaadinIcon.PRINT.create());
        print.setId(id);
        print.addClassName("print-button");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.setAriaLabel("Print " + what);
        print.addClickListener(e -> print.getElement().executeJs("window.print()"));
        return print;
    }
}
