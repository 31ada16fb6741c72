package org.dischargehub.beds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.dischargehub.beds.Bed;
import org.dischargehub.beds.BedBaseCommands.NewBed;
import org.dischargehub.beds.BedBaseCommands.NewSetting;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedType;
import org.dischargehub.beds.SettingRow;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.ui.Forms;
import org.dischargehub.ui.SearchableGrid;

@Route("directory/settings")
@Menu(title = "Settings and beds", order = 180, icon = "vaadin:building-o")
@PageTitle("Settings and beds | Discharge Hub")
@RolesAllowed("MANAGER")
public class SettingsView extends VerticalLayout {

    final SearchableGrid<SettingRow> list = new SearchableGrid<>(SettingRow.class,
            s -> s.code() + " " + s.name() + " " + s.locality() + " " + s.providerCode());
    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final ComboBox<Provider> provider = new ComboBox<>("Provider");
    final ComboBox<Locality> locality = new ComboBox<>("Locality");
    final IntegerField tier = new IntegerField("Tier (1 is used first)");
    final BigDecimalField dailyRate = new BigDecimalField("Daily rate (£)");
    final Checkbox designated = new Checkbox("Designated for infection");
    final Button addSetting = new Button("Add setting");

    final H3 bedsTitle = new H3("Select a setting to see its beds");
    final Grid<Bed> beds = new Grid<>(Bed.class, false);
    final TextField bedCode = new TextField("Bed code");
    final Select<BedType> bedType = new Select<>();
    final Button addBed = new Button("Add bed");

    private final BedBaseService bedBase;
    private final DirectoryService directory;

    public SettingsView(BedBaseService bedBase, DirectoryService directory) {
        this.bedBase = bedBase;
        this.directory = directory;
        configureSettings();
        configureBeds();
        add(new H2("Settings and beds"),
                new FormLayout(code, name, provider, locality, tier, dailyRate, designated, addSetting),
                list.search, list.grid, bedsTitle, new FormLayout(bedCode, bedType, addBed), beds);
        refresh();
    }

    private void configureSettings() {
        list.grid.addColumn(SettingRow::tier).setHeader("Tier").setSortable(true).setAutoWidth(true);
        list.grid.addColumn(SettingRow::code).setHeader("Code").setSortable(true).setAutoWidth(true);
        list.grid.addColumn(SettingRow::name).setHeader("Name").setSortable(true);
        list.grid.addColumn(SettingRow::locality).setHeader("Locality").setSortable(true).setAutoWidth(true);
        list.grid.addColumn(SettingRow::providerCode).setHeader("Provider").setSortable(true).setAutoWidth(true);
        list.grid.addColumn(SettingRow::dailyRate).setHeader("Daily rate (£)").setSortable(true).setAutoWidth(true);
        list.grid.addColumn(s -> s.designatedForInfection() ? "Yes" : "").setHeader("Designated").setAutoWidth(true);
        list.grid.addColumn(s -> s.acceptingAdmissions() ? "Open" : "Closed: " + s.admissionsReason())
                .setHeader("Admissions").setSortable(true);
        list.grid.addColumn(SettingRow::beds).setHeader("Beds").setAutoWidth(true);
        list.grid.asSingleSelect().addValueChangeListener(e -> showBeds(e.getValue()));
        code.setMaxLength(40);
        name.setMaxLength(200);
        tier.setMin(1);
        tier.setMax(9);
        provider.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        locality.setItemLabelGenerator(l -> l.code() + " · " + l.name());
        addSetting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addSetting.addClickListener(e -> addSetting());
    }

    private void configureBeds() {
        beds.addColumn(Bed::code).setHeader("Bed").setSortable(true);
        beds.addColumn(b -> b.type().label()).setHeader("Type").setSortable(true).setComparator(Bed::type);
        beds.addColumn(Bed::status).setHeader("Status").setSortable(true);
        beds.setEmptyStateText("No beds in this setting yet");
        beds.setAllRowsVisible(true);
        bedType.setLabel("Type");
        bedType.setItems(BedType.values());
        bedType.setItemLabelGenerator(BedType::label);
        bedType.setValue(BedType.GENERAL);
        bedCode.setMaxLength(40);
        addBed.addClickListener(e -> addBed());
        addBed.setEnabled(false);
    }

    private void addSetting() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("code", code, "name", name,
                "providerCode", provider, "locality", locality, "tier", tier, "dailyRate", dailyRate);
        if (Forms.submit(fields, () -> bedBase.addSetting(new NewSetting(code.getValue(), name.getValue(),
                provider.getValue() == null ? null : provider.getValue().code(),
                locality.getValue() == null ? null : locality.getValue().code(),
                tier.getValue(), dailyRate.getValue(), designated.getValue())))) {
            Forms.success("Setting " + code.getValue() + " added");
            code.clear();
            name.clear();
            refresh();
        }
    }

    private void addBed() {
        SettingRow setting = list.grid.asSingleSelect().getValue();
        if (setting != null && Forms.submit(Map.of("code", bedCode, "type", bedType),
                () -> bedBase.addBed(setting.code(), new NewBed(bedCode.getValue(), bedType.getValue())))) {
            Forms.success("Bed " + bedCode.getValue() + " added");
            bedCode.clear();
            bedCode.focus();
            beds.setItems(bedBase.bedsOf(setting.code()));
        }
    }

    private void showBeds(SettingRow setting) {
        addBed.setEnabled(setting != null);
        if (setting == null) {
            bedsTitle.setText("Select a setting to see its beds");
            beds.setItems(List.of());
        } else {
            bedsTitle.setText("Beds of " + setting.name());
            beds.setItems(bedBase.bedsOf(setting.code()));
        }
    }

    private void refresh() {
        provider.setItems(directory.providers().stream().filter(p -> p.kind() == ProviderKind.BED_BASED).toList());
        locality.setItems(directory.localities());
        list.setItems(bedBase.settingRows());
    }
}
