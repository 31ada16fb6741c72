package org.dischargehub.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.dischargehub.directory.DirectoryCommands.NewLocality;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.SearchableGrid;

@Route("directory/localities")
@Menu(title = "Localities", order = 160, icon = "vaadin:map-marker")
@PageTitle("Localities | Discharge Hub")
@RolesAllowed("MANAGER")
public class LocalitiesView extends VerticalLayout {

    final SearchableGrid<Locality> list = new SearchableGrid<>(Locality.class, l -> l.code() + " " + l.name());
    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final Button add = new Button("Add locality");
    private final DirectoryService directory;

    public LocalitiesView(DirectoryService directory) {
        this.directory = directory;
        list.grid.addColumn(Locality::code).setHeader("Code").setSortable(true).setAutoWidth(true);
        list.grid.addColumn(Locality::name).setHeader("Name").setSortable(true);
        code.setMaxLength(40);
        name.setMaxLength(200);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> addLocality());
        add(new H2("Localities"), new FormLayout(code, name, add), list.search, list.grid);
        refresh();
    }

    private void addLocality() {
        if (Forms.submit(Map.of("code", code, "name", name),
                () -> directory.addLocality(new NewLocality(code.getValue(), name.getValue())))) {
            Forms.success("Locality " + code.getValue() + " added");
            code.clear();
            name.clear();
            code.focus();
            refresh();
        }
    }

    private void refresh() {
        list.setItems(directory.localities());
    }
}
