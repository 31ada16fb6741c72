package org.dischargehub.handover;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.dischargehub.calls.CallContact;
import org.dischargehub.calls.CallContacts;
import org.dischargehub.handover.ContactCommand.CommunicationNeeds;
import org.dischargehub.handover.ContactCommand.NextOfKin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of the contact details a call after discharge needs: the person's phone, the next of kin only with the
 * person's consent to share, and how to speak with them. Never the address, the GP or the key safe.
 */
@Component
class CallContactsFromHandover implements CallContacts {

    private final Contacts contacts;

    CallContactsFromHandover(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CALLER', 'COORDINATOR')")
    public Map<String, CallContact> forCalls(Collection<String> referralIds) {
        return contacts.findAllById(referralIds).stream()
                .collect(Collectors.toMap(ContactDetails::referralId, details -> forCall(details.asCommand())));
    }

    static CallContact forCall(ContactCommand contact) {
        NextOfKin kin = contact.nextOfKin();
        boolean share = kin.consentToShare();
        CommunicationNeeds needs = contact.communicationNeeds();
        return new CallContact(contact.phone(), share ? kin.name() : null, share ? kin.relationship() : null,
                share ? kin.phone() : null, needs.language(), needs.interpreter(), needs.flaggedForStaff());
    }
}
