package org.dischargehub.referral.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Locality;
import org.dischargehub.referral.DuplicateReferralException;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralCommands.NewReferral;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NhsNumber;
import org.dischargehub.ui.Forms;

@Route("referrals/new")
@Menu(title = "New referral", order = 60, icon = "vaadin:plus-circle")
@PageTitle("New referral | Discharge Hub")
@RolesAllowed({"MDT", "COORDINATOR", "MANAGER"})
public class ReferralFormView extends VerticalLayout {

    final TextField nhsNumber = new TextField("NHS number");
    final TextField givenName = new TextField("Given name");
    final TextField familyName = new TextField("Family name");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final ComboBox<Locality> locality = new ComboBox<>("Locality");
    final TextField hospital = new TextField("Hospital");
    final TextField ward = new TextField("Ward");
    final DateTimePicker readyToLeaveAt = new DateTimePicker("Ready to leave (discharge ready date)");
    final Checkbox infectionPositive = new Checkbox("Infection-positive");
    final TextArea notes = new TextArea("Notes");
    final Button send = new Button("Send referral");
    private final ReferralService referrals;
    private final ZoneId zone;

    public ReferralFormView(ReferralService referrals, DirectoryService directory, Clock clock) {
        this.referrals = referrals;
        this.zone = clock.getZone();
        nhsNumber.setId("nhs-number");
        nhsNumber.setAllowedCharPattern("[0-9 -]");
        nhsNumber.setMaxLength(20);
        nhsNumber.setHelperText("Ten digits; spaces are fine");
        nhsNumber.addBlurListener(e -> showNhsNumberFormatted());
        givenName.setId("given-name");
        givenName.setMaxLength(200);
        familyName.setId("family-name");
        familyName.setMaxLength(200);
        dateOfBirth.setId("date-of-birth");
        dateOfBirth.setLocale(Locale.UK);
        dateOfBirth.setMax(LocalDate.now(clock));
        dateOfBirth.setInitialPosition(LocalDate.now(clock).minusYears(80));
        locality.setId("locality");
        locality.setItems(directory.localities());
        locality.setItemLabelGenerator(l -> l.code() + " · " + l.name());
        hospital.setId("hospital");
        hospital.setMaxLength(200);
        ward.setId("ward");
        ward.setMaxLength(200);
        readyToLeaveAt.setId("ready-to-leave");
        readyToLeaveAt.setLocale(Locale.UK);
        readyToLeaveAt.setStep(Duration.ofMinutes(15));
        readyToLeaveAt.setHelperText("When the person stopped meeting the criteria to reside (UK time)");
        // Vaadin puts aria-required on the picker's role=group, where ARIA does not allow it (axe: aria-allowed-attr);
        // its date and time inputs say "required" themselves, so the group's copy is taken off whenever it comes back
        readyToLeaveAt.getElement().executeJs("const drop = () => this.removeAttribute('aria-required'); drop();"
                + "new MutationObserver(drop).observe(this, {attributes: true, attributeFilter: ['aria-required']})");
        infectionPositive.setId("infection-positive");
        notes.setId("notes");
        notes.setMaxLength(4000);
        notes.setHelperText("At most 4000 characters");
        fields().values().forEach(field -> field.setManualValidation(true));
        for (HasValue<?, ?> required : List.of(nhsNumber, givenName, familyName, dateOfBirth, locality, hospital,
                ward, readyToLeaveAt)) {
            required.setRequiredIndicatorVisible(true);
        }
        send.setId("send-referral");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());

        FormLayout form = new FormLayout(nhsNumber, givenName, familyName, dateOfBirth, locality, hospital, ward,
                readyToLeaveAt, infectionPositive, notes);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2),
                new ResponsiveStep("1000px", 3));
        form.setColspan(readyToLeaveAt, 2);
        form.setColspan(notes, 3);
        form.setMaxWidth("70rem");
        add(new H2("New referral"), form, send);
    }

    Map<String, HasValidation> fields() {
        return Map.of("nhsNumber", nhsNumber, "givenName", givenName, "familyName", familyName,
                "dateOfBirth", dateOfBirth, "locality", locality, "hospital", hospital, "ward", ward,
                "readyToLeaveAt", readyToLeaveAt, "notes", notes);
    }

    NewReferral command() {
        LocalDateTime ready = readyToLeaveAt.getValue();
        return new NewReferral(nhsNumber.getValue(), givenName.getValue(), familyName.getValue(),
                dateOfBirth.getValue(), locality.getValue() == null ? null : locality.getValue().code(),
                hospital.getValue(), ward.getValue(), ready == null ? null : ready.atZone(zone).toInstant(),
                infectionPositive.getValue(), notes.getValue());
    }

    /** A person with an open referral is not referred twice: the NHS number field links to the open one instead. */
    private Referral receiveOrPointToTheOpenOne() {
        try {
            return referrals.receive(command());
        } catch (DuplicateReferralException e) {
            Anchor existing = new Anchor("referrals/" + e.existingReferralId(), "Open the existing referral");
            existing.setId("existing-referral");
            nhsNumber.setHelperComponent(existing);
            throw InvalidInputException.of("nhsNumber", e.getMessage());
        }
    }

    private void showNhsNumberFormatted() {
        if (NhsNumber.isValid(nhsNumber.getValue())) {
            nhsNumber.setValue(new NhsNumber(nhsNumber.getValue()).formatted());
        }
    }

    private void send() {
        Referral[] received = new Referral[1];
        nhsNumber.setHelperComponent(null);
        if (Forms.submit(fields(), () -> received[0] = receiveOrPointToTheOpenOne())) {
            Forms.success("Referral for " + received[0].fullName() + " received");
            UI.getCurrent().navigate(ReferralView.class, new RouteParameters("id", received[0].id()));
        }
    }
}
