package org.dischargehub.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    static final Recipient PERSON = new Recipient(Recipient.Role.PERSON, "Edith Marsh", "1 Elm Road\nWS1 2AB",
            "07700 900123");
    static final Map<String, String> CALL = Map.of("hub_phone", "01632 960000", "hub_hours", "8am to 8pm");

    @Test
    void a_text_is_its_template_with_its_placeholders_filled_in() {
        OutgoingMessage text = new OutgoingMessage("k1", "r1", PERSON, Channel.SMS,
                MessageTemplate.LETTER_ON_ITS_WAY, CALL, null);

        assertThat(text.text()).isEqualTo("Discharge Hub: a letter about your care is on its way to you. If you have "
                + "any questions, call the hub on 01632 960000, 8am to 8pm.");
        assertThat(MessageTemplate.FAMILY_UPDATE.placeholders()).containsExactly("hub_hours", "hub_phone", "name");
    }

    @Test
    void a_text_takes_no_value_but_its_placeholders_so_no_clinical_detail_can_be_slipped_in() {
        assertThatThrownBy(() -> new OutgoingMessage("k2", "r1", PERSON, Channel.SMS,
                MessageTemplate.LETTER_ON_ITS_WAY, Map.of("hub_phone", "1", "hub_hours", "2", "bed", "Ward 3"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes the values");
        assertThatThrownBy(() -> new OutgoingMessage("k3", "r1", PERSON, Channel.SMS,
                MessageTemplate.LETTER_ON_ITS_WAY, Map.of("hub_phone", "1"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_letter_needs_an_address_and_its_pdf_a_text_a_phone_and_the_templates_channel() {
        Recipient nowhere = new Recipient(Recipient.Role.PERSON, "Edith Marsh", null, null);
        assertThatThrownBy(() -> new OutgoingMessage("k4", "r1", nowhere, Channel.LETTER, MessageTemplate.LETTER,
                Map.of(), Attachment.pdf("letter-1.pdf", new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
        assertThatThrownBy(() -> new OutgoingMessage("k5", "r1", PERSON, Channel.LETTER, MessageTemplate.LETTER,
                Map.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMessage("k6", "r1", nowhere, Channel.SMS,
                MessageTemplate.LETTER_ON_ITS_WAY, CALL, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMessage("k7", "r1", PERSON, Channel.LETTER,
                MessageTemplate.LETTER_ON_ITS_WAY, CALL, null)).hasMessageContaining("goes by SMS");
        assertThatThrownBy(() -> new OutgoingMessage(" ", "r1", PERSON, Channel.SMS,
                MessageTemplate.LETTER_ON_ITS_WAY, CALL, null)).hasMessageContaining("idempotency key");
    }
}
