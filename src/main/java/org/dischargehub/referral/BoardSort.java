package org.dischargehub.referral;

import java.util.Arrays;
import java.util.Optional;

/** One of the hub board's columns to order by, and which way; ties keep the board's most-urgent-first order. */
public record BoardSort(Column column, boolean descending) {

    /** The columns the board sorts on, each by the key its grid names it with. */
    public enum Column {
        DAYS_PAST_READY("daysPastReady"), NAME("name"), CURRENT_STEP("currentStep"), INFECTION("infection"),
        WARD("ward"), PATHWAY("pathway"), LOCALITY("locality"), READY_TO_LEAVE("readyToLeave");

        private final String key;

        Column(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The column a key names; none for a key the board does not sort on. */
        public static Optional<Column> byKey(String key) {
            return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
        }
    }
}
