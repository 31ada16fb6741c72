package org.dischargehub.handover.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.dischargehub.handover.ContactCommand;
import org.dischargehub.handover.ContactCommand.CommunicationNeeds;
import org.dischargehub.handover.ContactCommand.GpPractice;
import org.dischargehub.handover.ContactCommand.NextOfKin;

/** The person's contact details as a form: shows a record, and reads back what was typed, as typed. */
class ContactForm extends FormLayout {

    final TextArea address = area("Address", "address", 300);
    final TextField postcode = field("Postcode", "postcode", 8);
    final TextField phone = field("Phone", "phone", 20);
    final TextField kinName = field("Name", "kin-name", 100);
    final TextField kinRelationship = field("Relationship", "kin-relationship", 60);
    final TextField kinPhone = field("Phone", "kin-phone", 20);
    final Checkbox kinConsents = new Checkbox("The person agrees the hub may keep them informed");
    final TextField gpOdsCode = field("ODS code", "gp-ods-code", 6);
    final TextField gpName = field("Practice name", "gp-name", 120);
    final Checkbox largePrint = new Checkbox("Large print");
    final Checkbox easyRead = new Checkbox("Easy read");
    final TextField language = field("Language, if not English", "language", 60);
    final Checkbox interpreter = new Checkbox("Needs an interpreter");
    final Checkbox braille = new Checkbox("Braille");
    final Checkbox bsl = new Checkbox("British Sign Language");
    final Checkbox audio = new Checkbox("Audio");
    final TextArea accessDetails = area("Access details", "access-details", 500);
    final TextField callTimes = field("Call times asked for", "call-times", 200);

    ContactForm() {
        postcode.setHelperText("For example SW1A 1AA");
        phone.setHelperText("For example 01632 960001 or +44 7700 900123");
        gpOdsCode.setHelperText("A capital letter and five digits, for example A81001");
        accessDetails.setHelperText("Key safe code and how to get in: shown only to the provider delivering care");
        kinConsents.setId("kin-consents");
        largePrint.setId("large-print");
        easyRead.setId("easy-read");
        interpreter.setId("interpreter");
        add(new H3("Home"), address, postcode, phone, accessDetails, callTimes, new H3("Next of kin or main carer"),
                kinName, kinRelationship, kinPhone, kinConsents, new H3("GP practice"), gpOdsCode, gpName,
                new H3("Communication needs"), largePrint, easyRead, language, interpreter, braille, bsl, audio);
        getChildren().filter(H3.class::isInstance).forEach(heading -> setColspan(heading, 2));
        setColspan(address, 2);
        setColspan(accessDetails, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void show(ContactCommand contact) {
        address.setValue(text(contact.address()));
        postcode.setValue(text(contact.postcode()));
        phone.setValue(text(contact.phone()));
        kinName.setValue(text(contact.nextOfKin().name()));
        kinRelationship.setValue(text(contact.nextOfKin().relationship()));
        kinPhone.setValue(text(contact.nextOfKin().phone()));
        kinConsents.setValue(contact.nextOfKin().consentToShare());
        gpOdsCode.setValue(text(contact.gp().odsCode()));
        gpName.setValue(text(contact.gp().name()));
        CommunicationNeeds needs = contact.communicationNeeds();
        largePrint.setValue(needs.largePrint());
        easyRead.setValue(needs.easyRead());
        language.setValue(text(needs.language()));
        interpreter.setValue(needs.interpreter());
        braille.setValue(needs.braille());
        bsl.setValue(needs.bsl());
        audio.setValue(needs.audio());
        accessDetails.setValue(text(contact.accessDetails()));
        callTimes.setValue(text(contact.callTimes()));
    }

    /** What was typed; an empty field is no value. */
    ContactCommand value() {
        return new ContactCommand(typed(address), typed(postcode), typed(phone),
                new NextOfKin(typed(kinName), typed(kinRelationship), typed(kinPhone), kinConsents.getValue()),
                new GpPractice(typed(gpOdsCode), typed(gpName)),
                new CommunicationNeeds(largePrint.getValue(), easyRead.getValue(), typed(language),
                        interpreter.getValue(), braille.getValue(), bsl.getValue(), audio.getValue()),
                typed(accessDetails), typed(callTimes));
    }

    /** The fields by the name the service gives a refusal. */
    Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("address", address), Map.entry("postcode", postcode),
                Map.entry("phone", phone), Map.entry("nextOfKin.name", kinName),
                Map.entry("nextOfKin.relationship", kinRelationship), Map.entry("nextOfKin.phone", kinPhone),
                Map.entry("gp.odsCode", gpOdsCode), Map.entry("gp.name", gpName),
                Map.entry("communicationNeeds.language", language), Map.entry("accessDetails", accessDetails),
                Map.entry("callTimes", callTimes));
    }

    private static TextField field(String label, String id, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        field.setManualValidation(true);
        return field;
    }

    private static TextArea area(String label, String id, int maxLength) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        area.setManualValidation(true);
        return area;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String typed(HasValue<?, String> field) {
        return field.getValue().isEmpty() ? null : field.getValue();
    }
}
