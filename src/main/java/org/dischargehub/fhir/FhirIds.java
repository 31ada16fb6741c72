package org.dischargehub.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * FHIR ids for things the hub names by a code that FHIR may not take as an id (a bed code may hold a space): the code
 * itself where it is a valid id, else a digest of it, the same every time. The code always travels as an identifier.
 */
final class FhirIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9.-]{1,50}");

    private FhirIds() {
    }

    static String of(String prefix, String code) {
        return prefix + "-" + (VALID.matcher(code).matches() ? code : "h" + digest(code));
    }

    private static String digest(String code) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
