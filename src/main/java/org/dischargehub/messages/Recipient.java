package org.dischargehub.messages;

import java.util.Objects;

/**
 * Whom a message goes to, as the hub recorded them when it was asked for: the person or their next of kin, a name,
 * a postal address (with postcode) for a letter, a phone number for a text.
 */
public record Recipient(Role role, String name, String address, String phone) {

    /** The person the referral is about, or the next of kin they consented to the hub keeping informed. */
    public enum Role {
        PERSON, NEXT_OF_KIN
    }

    public Recipient {
        Objects.requireNonNull(role, "role");
    }
}
