package org.dischargehub.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.dischargehub.directory.DirectoryCommands.NewProvider;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.PriceSight;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.SearchableGrid;

@Route("directory/providers")
@Menu(title = "Providers", order = 170, icon = "vaadin:building")
@PageTitle("Providers | Discharge Hub")
@RolesAllowed("MANAGER")
public class ProvidersView extends VerticalLayout {

    final SearchableGrid<Provider> list = new SearchableGrid<>(Provider.class,
            p -> p.code() + " " + p.name() + " " + p.kind());
    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final Select<ProviderKind> kind = new Select<>();
    final BigDecimalField hourlyRate = new BigDecimalField("Hourly rate (£)");
    final Button add = new Button("Add provider");
    private final DirectoryService directory;

    public ProvidersView(DirectoryService directory) {
        this.directory = directory;
        list.grid.addColumn(Provider::code).setHeader("Code").setSortable(true).setAutoWidth(true);
        list.grid.addColumn(Provider::name).setHeader("Name").setSortable(true);
        list.grid.addColumn(p -> p.kind() == ProviderKind.HOME_CARE ? "Home care" : "Bed-based")
                .setHeader("Kind").setSortable(true).setAutoWidth(true);
        PriceSight sight = directory.priceSight();
        list.grid.addColumn(p -> sight.shown(p.id(), p.hourlyRate())).setHeader("Hourly rate (£)").setSortable(true)
                .setAutoWidth(true);
        kind.setLabel("Kind");
        kind.setItems(ProviderKind.values());
        kind.setItemLabelGenerator(k -> k == ProviderKind.HOME_CARE ? "Home care" : "Bed-based");
        kind.setValue(ProviderKind.HOME_CARE);
        code.setMaxLength(40);
        name.setMaxLength(200);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> addProvider());
        add(new H2("Providers"), new FormLayout(code, name, kind, hourlyRate, add), list.search, list.grid);
        refresh();
    }

    private void addProvider() {
        if (Forms.submit(Map.of("code", code, "name", name, "kind", kind, "hourlyRate", hourlyRate),
                () -> directory.addProvider(new NewProvider(code.getValue(), name.getValue(), kind.getValue(),
                        hourlyRate.getValue())))) {
            Forms.success("Provider " + code.getValue() + " added");
            code.clear();
            name.clear();
            hourlyRate.clear();
            code.focus();
            refresh();
        }
    }

    private void refresh() {
        list.setItems(directory.providers());
    }
}
