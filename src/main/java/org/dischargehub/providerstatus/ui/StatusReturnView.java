package org.dischargehub.providerstatus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.SettingRow;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.providerstatus.FiledReturn;
import org.dischargehub.providerstatus.Outbreak;
import org.dischargehub.providerstatus.ProviderStatusService;
import org.dischargehub.providerstatus.StatusReport;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.ui.Forms;

/** A provider's status return: a minute's work on a phone, and its own history with the rating each earned. */
@Route("my-status")
@Menu(title = "Status return", order = 130, icon = "vaadin:clipboard")
@PageTitle("Status return | Discharge Hub")
@RolesAllowed("PROVIDER")
public class StatusReturnView extends VerticalLayout implements BeforeEnterObserver {

    final DatePicker date = new DatePicker("Date");
    final Select<SettingRow> setting = new Select<>();
    final Select<Outbreak> outbreak = new Select<>();
    final IntegerField peopleAffected = new IntegerField("People affected by infection");
    final IntegerField staffTotal = new IntegerField("Staff in total");
    final IntegerField staffAbsent = new IntegerField("Staff absent or isolating");
    final IntegerField vacancies = new IntegerField("Vacancies");
    final Checkbox agencyUse = new Checkbox("Using agency staff");
    final Checkbox crossSettingWorking = new Checkbox("Staff work across settings");
    final IntegerField ppeDaysLeft = new IntegerField("Days of protective equipment left");
    final Checkbox canAdmit = new Checkbox("We can admit new people", true);
    final TextArea concern = new TextArea("Anything else the hub should know");
    final Button submit = new Button("Send return");
    final Grid<FiledReturn> history = new Grid<>(FiledReturn.class, false);
    final Paragraph result = new Paragraph();

    private final ProviderStatusService status;
    private final String providerCode;

    public StatusReturnView(ProviderStatusService status, DirectoryService directory, BedBaseService bedBase,
            Clock clock) {
        this.status = status;
        this.providerCode = directory.provider(CurrentUser.get().orElseThrow().providerId()).code();
        List<SettingRow> settings = bedBase.settingRows().stream()
                .filter(s -> s.providerCode().equals(providerCode)).toList();
        setting.setLabel("About");
        setting.setId("setting");
        setting.setItems(settings);
        setting.setItemLabelGenerator(s -> s == null ? "All our settings" : s.name());
        setting.setEmptySelectionAllowed(true);
        setting.setHelperText("A return about one setting opens or closes only that setting to new people");
        setting.setVisible(!settings.isEmpty());
        addClassName("status-return-view");
        date.setValue(LocalDate.now(clock));
        date.setMax(LocalDate.now(clock));
        outbreak.setLabel("Infection outbreak");
        outbreak.setItems(Outbreak.values());
        outbreak.setItemLabelGenerator(o -> o.name().charAt(0) + o.name().substring(1).toLowerCase());
        outbreak.setValue(Outbreak.NONE);
        for (IntegerField field : new IntegerField[] {peopleAffected, staffTotal, staffAbsent, vacancies, ppeDaysLeft}) {
            field.setMin(0);
            field.setStepButtonsVisible(true);
        }
        outbreak.setId("outbreak");
        canAdmit.setId("can-admit");
        staffTotal.setId("staff-total");
        staffAbsent.setId("staff-absent");
        ppeDaysLeft.setId("ppe-days");
        peopleAffected.setValue(0);
        vacancies.setValue(0);
        concern.setMaxLength(4000);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> send());
        result.setId("status-result");
        FormLayout form = new FormLayout(date, setting, outbreak, peopleAffected, staffTotal, staffAbsent, vacancies, ppeDaysLeft,
                agencyUse, crossSettingWorking, canAdmit, concern, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        history.addColumn(r -> HumanTime.date(r.statusReturn().returnDate())).setHeader("Date").setAutoWidth(true);
        history.addColumn(r -> r.settingCode() == null ? "All" : r.settingCode()).setHeader("About")
                .setAutoWidth(true);
        history.addColumn(r -> r.rating().rag()).setHeader("Rating").setAutoWidth(true);
        history.addColumn(r -> String.join("; ", r.rating().because())).setHeader("Why");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setEmptyStateText("No returns filed yet");
        history.setAllRowsVisible(true);
        add(new H2("Status return"), new Paragraph("Due twice a week, any day allowed. It takes a minute."), form,
                result, new H3("Your returns"), history);
        refresh();
    }

    /** {@code ?setting=CODE} opens the return about that setting, as "My beds" links to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("setting").ifPresent(code -> setting
                .getListDataView().getItems().filter(s -> s.code().equals(code)).findFirst()
                .ifPresent(setting::setValue));
    }

    private void send() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("date", date, "outbreak", outbreak,
                "peopleAffected", peopleAffected, "staffTotal", staffTotal, "staffAbsent", staffAbsent,
                "vacancies", vacancies, "ppeDaysLeft", ppeDaysLeft, "concern", concern, "settingCode", setting);
        FiledReturn[] filed = new FiledReturn[1];
        if (date.getValue() == null) {
            date.setInvalid(true);
            date.setErrorMessage("a date is required");
            return;
        }
        if (Forms.submit(fields, () -> filed[0] = status.file(providerCode, date.getValue(), new StatusReport(
                outbreak.getValue(), peopleAffected.getValue(), staffTotal.getValue(), staffAbsent.getValue(),
                vacancies.getValue(), agencyUse.getValue(), crossSettingWorking.getValue(), ppeDaysLeft.getValue(),
                canAdmit.getValue(), concern.getValue(),
                setting.getValue() == null ? null : setting.getValue().code())))) {
            result.setText("Sent. Rated " + filed[0].rating().rag() + ": " + String.join("; ", filed[0].rating().because())
                    + (filed[0].followUp() != null ? ". The hub will contact you." : "."));
            refresh();
        }
    }

    private void refresh() {
        history.setItems(status.history(providerCode));
    }
}
