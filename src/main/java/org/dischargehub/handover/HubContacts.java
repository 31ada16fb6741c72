package org.dischargehub.handover;

import org.dischargehub.letters.HubContact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The hub's named contact for people, families and providers, from the hub's settings ({@code hub.contact.*}). */
@Component
public class HubContacts {

    private final HubContact contact;

    HubContacts(@Value("${hub.contact.name}") String name, @Value("${hub.contact.direct-line}") String directLine,
            @Value("${hub.contact.hours}") String hours, @Value("${hub.contact.out-of-hours}") String outOfHours) {
        this.contact = new HubContact(name, directLine, hours, outOfHours);
    }

    public HubContact contact() {
        return contact;
    }
}
