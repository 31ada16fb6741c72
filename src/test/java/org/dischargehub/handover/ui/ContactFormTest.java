package org.dischargehub.handover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.dischargehub.handover.ContactCommand;
import org.dischargehub.handover.ContactCommand.CommunicationNeeds;
import org.dischargehub.handover.ContactCommand.GpPractice;
import org.dischargehub.handover.ContactCommand.NextOfKin;
import org.junit.jupiter.api.Test;

class ContactFormTest {

    static final ContactCommand RECORDED = new ContactCommand("1 Elm Road", "sw1a 1aa", "01632 960001",
            new NextOfKin("Grace Hopper", "Daughter", "+44 7700 900123", true), new GpPractice("A81001", "Elm Surgery"),
            new CommunicationNeeds(true, false, "Polish", true, false, true, false), "Key safe 1942",
            "Mornings");

    @Test
    void a_record_shown_reads_back_exactly_as_it_was_written() {
        ContactForm form = new ContactForm();

        form.show(RECORDED);

        assertThat(form.value()).isEqualTo(RECORDED);
        assertThat(form.postcode.getValue()).as("taken as written, not mended").isEqualTo("sw1a 1aa");
    }

    @Test
    void empty_fields_are_no_value_and_every_refusable_field_is_named_as_the_service_names_it() {
        ContactForm form = new ContactForm();
        form.show(RECORDED);
        form.postcode.clear();
        form.kinName.clear();

        ContactCommand typed = form.value();

        assertThat(typed.postcode()).isNull();
        assertThat(typed.nextOfKin().name()).isNull();
        assertThat(form.fields()).containsKeys("postcode", "phone", "nextOfKin.name", "nextOfKin.phone",
                "gp.odsCode", "address", "accessDetails");
        assertThat(form.fields().get("gp.odsCode")).isSameAs(form.gpOdsCode);
    }
}
