package org.dischargehub.calls;

import java.util.List;

/**
 * What a call needs to reach the person: their phone, the next of kin only when the person consents to the hub
 * sharing with them (else all three are null), and how to speak with them (a language, an interpreter, and needs
 * such as BSL that change how to make the call).
 */
public record CallContact(String phone, String kinName, String kinRelationship, String kinPhone, String language,
        boolean interpreter, List<String> needs) {

    public static final CallContact NONE = new CallContact(null, null, null, null, null, false, List.of());
}
