package org.dischargehub.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Makes believable people for referrals: valid, distinct NHS numbers and the referral body the API takes. */
public final class People {

    /** Handed out already in this JVM: a person has one open referral, so each made-up person is a new one. */
    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    private People() {
    }

    /** A random NHS number with a correct Modulus 11 check digit, never the same twice in one JVM. */
    public static String nhsNumber() {
        while (true) {
            String candidate = anyNhsNumber();
            if (ISSUED.add(candidate)) {
                return candidate;
            }
        }
    }

    private static String anyNhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = ThreadLocalRandom.current().nextInt(10);
                digits.append(d);
                sum += d * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 10) {
                continue;
            }
            return digits.append(check == 11 ? 0 : check).toString();
        }
    }

    public static Map<String, Object> referral(String locality, Instant readyToLeaveAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("nhsNumber", nhsNumber());
        body.put("givenName", "Edith");
        body.put("familyName", "Marsh");
        body.put("dateOfBirth", LocalDate.of(1938, 4, 12).toString());
        body.put("locality", locality);
        body.put("hospital", "Westshire General Hospital");
        body.put("ward", "Elm Ward");
        body.put("readyToLeaveAt", readyToLeaveAt.toString());
        body.put("infectionPositive", false);
        body.put("notes", "Lives alone; daughter nearby");
        return body;
    }
}
