package org.dischargehub.referral.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.dischargehub.referral.DelayReason;
import org.dischargehub.referral.DelayReasonService;
import org.dischargehub.referral.ReferralCommands.NewDelayReason;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.SearchableGrid;

@Route("directory/delay-reasons")
@Menu(title = "Delay reasons", order = 210, icon = "vaadin:clock")
@PageTitle("Delay reasons | Discharge Hub")
@RolesAllowed("MANAGER")
public class DelayReasonsView extends VerticalLayout {

    final SearchableGrid<DelayReason> list = new SearchableGrid<>(DelayReason.class, r -> r.code() + " " + r.label());
    final TextField code = new TextField("Code");
    final TextField label = new TextField("Label");
    final Button add = new Button("Add reason");
    private final DelayReasonService delayReasons;

    public DelayReasonsView(DelayReasonService delayReasons) {
        this.delayReasons = delayReasons;
        list.grid.addColumn(DelayReason::code).setHeader("Code").setSortable(true).setAutoWidth(true);
        list.grid.addColumn(DelayReason::label).setHeader("Label").setSortable(true);
        list.grid.addComponentColumn(reason -> {
            Button retire = new Button("Retire", e -> {
                if (Forms.submit(Map.of(), () -> delayReasons.retireDelayReason(reason.code()))) {
                    refresh();
                }
            });
            retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return retire;
        }).setAutoWidth(true);
        code.setMaxLength(40);
        label.setMaxLength(200);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> addReason());
        add(new H2("Delay reasons"),
                new Paragraph("Why a person past their discharge ready date is still in hospital. The national "
                        + "categories are seeded; retiring one keeps it on the delayReasons that carry it."),
                new FormLayout(code, label, add), list.search, list.grid);
        refresh();
    }

    private void addReason() {
        if (Forms.submit(Map.of("code", code, "label", label),
                () -> delayReasons.addDelayReason(new NewDelayReason(code.getValue(), label.getValue())))) {
            Forms.success("Delay reason added");
            code.clear();
            label.clear();
            refresh();
        }
    }

    private void refresh() {
        list.setItems(delayReasons.delayReasons());
    }
}
