package org.dischargehub.shared;

/** An NHS number: ten digits, the last a Modulus 11 check digit. Spaces and hyphens are ignored on input. */
public record NhsNumber(String value) {

    public NhsNumber {
        if (value == null) {
            throw new IllegalArgumentException("an NHS number is required");
        }
        value = value.replace(" ", "").replace("-", "");
        if (!value.matches("\\d{10}")) {
            throw new IllegalArgumentException("an NHS number has ten digits");
        }
        if (checkDigit(value) != value.charAt(9) - '0') {
            throw new IllegalArgumentException("this is not a valid NHS number (the check digit does not match)");
        }
    }

    public static boolean isValid(String candidate) {
        try {
            new NhsNumber(candidate);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The check digit for the first nine digits, or -1 when none exists (a remainder that gives 10). */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** As people read it: 3-3-4. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
