package org.dischargehub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/** Lets a view drop secondary columns on a phone-width window, and bring them back when the window widens. */
public final class NarrowScreen {

    public static final int BREAKPOINT_PX = 700;

    private NarrowScreen() {
    }

    /** Calls {@code apply} with true on a narrow window, once on attach and again whenever the window is resized. */
    public static void follow(Component view, Consumer<Boolean> apply) {
        view.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> apply.accept(details.getWindowInnerWidth() < BREAKPOINT_PX));
            Registration resize = page.addBrowserWindowResizeListener(e -> apply.accept(e.getWidth() < BREAKPOINT_PX));
            Registration[] detach = new Registration[1];
            detach[0] = view.addDetachListener(event -> {
                resize.remove();
                detach[0].remove();
            });
        });
    }
}
