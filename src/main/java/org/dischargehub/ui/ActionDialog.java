package org.dischargehub.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small dialog for one action: a few fields, a confirm button that runs the action through {@link Forms#submit},
 * so refusals land at the field named like the command's component, and closes only when the action went through.
 */
public class ActionDialog extends Dialog {

    public final Button confirm;
    public final Button dismiss = new Button("Back");
    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Runnable action = () -> { };
    private Runnable afterSuccess = () -> { };

    public ActionDialog(String title, String confirmLabel) {
        setHeaderTitle(title);
        confirm = new Button(confirmLabel, e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dismiss.addClickListener(e -> close());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(form);
        getFooter().add(dismiss, confirm);
    }

    /** A field whose refusals are shown at it when the service names {@code key}. */
    public <F extends Component & HasValidation> ActionDialog field(String key, F field) {
        fields.put(key, field);
        form.add(field);
        return this;
    }

    public ActionDialog explain(String text) {
        form.add(new Paragraph(text));
        return this;
    }

    public ActionDialog onConfirm(Runnable action) {
        this.action = action;
        return this;
    }

    public ActionDialog afterSuccess(Runnable afterSuccess) {
        this.afterSuccess = afterSuccess;
        return this;
    }

    private void confirm() {
        if (Forms.submit(fields, action)) {
            close();
            afterSuccess.run();
        }
    }
}
