package org.dischargehub.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.dischargehub.directory.DirectoryCommands.NewScheme;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.FundingScheme;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.SearchableGrid;

@Route("directory/schemes")
@Menu(title = "Funding schemes", order = 200, icon = "vaadin:calendar")
@PageTitle("Funding schemes | Discharge Hub")
@RolesAllowed("MANAGER")
public class SchemesView extends VerticalLayout {

    final SearchableGrid<FundingScheme> list = new SearchableGrid<>(FundingScheme.class,
            s -> s.name() + " " + s.validFrom());
    final TextField name = new TextField("Name");
    final IntegerField fundedDays = new IntegerField("Funded days");
    final DatePicker validFrom = new DatePicker("Valid from");
    final Button add = new Button("Add scheme");
    private final DirectoryService directory;

    public SchemesView(DirectoryService directory) {
        this.directory = directory;
        list.grid.addColumn(FundingScheme::name).setHeader("Name").setSortable(true);
        list.grid.addColumn(FundingScheme::fundedDays).setHeader("Funded days").setSortable(true).setAutoWidth(true);
        list.grid.addColumn(s -> HumanTime.date(s.validFrom())).setHeader("Valid from").setSortable(true)
                .setComparator(FundingScheme::validFrom).setAutoWidth(true);
        name.setMaxLength(200);
        fundedDays.setMin(1);
        fundedDays.setMax(366);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> addScheme());
        add(new H2("Funding schemes"),
                new Paragraph("The scheme in force on a discharge day fixes that placement's funded days; with none, "
                        + FundingScheme.DEFAULT_FUNDED_DAYS + " days."),
                new FormLayout(name, fundedDays, validFrom, add), list.search, list.grid);
        refresh();
    }

    private void addScheme() {
        if (Forms.submit(Map.of("name", name, "fundedDays", fundedDays, "validFrom", validFrom),
                () -> directory.addScheme(new NewScheme(name.getValue(), fundedDays.getValue(), validFrom.getValue())))) {
            Forms.success("Scheme added");
            name.clear();
            fundedDays.clear();
            validFrom.clear();
            refresh();
        }
    }

    private void refresh() {
        list.setItems(directory.schemes());
    }
}
