package org.dischargehub.handover;

import java.util.Map;
import java.util.Optional;
import org.dischargehub.letters.HubContact;
import org.dischargehub.messages.Attachment;
import org.dischargehub.messages.Channel;
import org.dischargehub.messages.MessageTemplate;
import org.dischargehub.messages.NotificationPort;
import org.dischargehub.messages.OutgoingMessage;
import org.dischargehub.messages.Recipient;
import org.springframework.stereotype.Component;

/**
 * Sends each letter written, in the transaction that wrote it (its PDF is made when the outbox delivers it): by post
 * to the person when an address is recorded, with a text to say it is on its way when a phone is; and a text to the
 * next of kin only when the person consents to the hub keeping them informed. Without an address nothing goes by
 * post; the letter is kept and printable.
 */
@Component
class LetterPost {

    private final NotificationPort port;
    private final HubContacts hubContacts;

    LetterPost(NotificationPort port, HubContacts hubContacts) {
        this.port = port;
        this.hubContacts = hubContacts;
    }

    /** Answers the id of the message that posts the letter, or nothing when no address is recorded. */
    Optional<String> send(WrittenLetter letter, String personName, ContactCommand contact) {
        String key = "letter-" + letter.id();
        HubContact hub = hubContacts.contact();
        Map<String, String> call = Map.of("hub_phone", hub.directLine(), "hub_hours", hub.hours());
        Optional<String> posted = Optional.empty();
        if (contact.address() != null) {
            String postal = contact.postcode() == null ? contact.address()
                    : contact.address() + "\n" + contact.postcode();
            posted = Optional.of(port.send(new OutgoingMessage(key + "-post", letter.referralId(),
                    new Recipient(Recipient.Role.PERSON, personName, postal, contact.phone()), Channel.LETTER,
                    MessageTemplate.LETTER, Map.of(),
                    Attachment.pdfMadeBy(letter.fileName(), LetterAttachments.NAME, letter.id())))
                    .id());
            if (contact.phone() != null) {
                port.send(new OutgoingMessage(key + "-text", letter.referralId(),
                        new Recipient(Recipient.Role.PERSON, personName, null, contact.phone()), Channel.SMS,
                        MessageTemplate.LETTER_ON_ITS_WAY, call, null));
            }
        }
        ContactCommand.NextOfKin kin = contact.nextOfKin();
        if (kin.toInform() != null && kin.phone() != null) {
            Map<String, String> values = Map.of("name", personName, "hub_phone", hub.directLine(),
                    "hub_hours", hub.hours());
            port.send(new OutgoingMessage(key + "-kin-text", letter.referralId(),
                    new Recipient(Recipient.Role.NEXT_OF_KIN, kin.toInform(), null, kin.phone()), Channel.SMS,
                    MessageTemplate.FAMILY_UPDATE, values, null));
        }
        return posted;
    }
}
