package org.dischargehub.homecare.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dischargehub.platform.TimeConfiguration;

/** How home-care figures read on screen: hours without trailing zeros, days and times in the hub's local time. */
final class HomeCareText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK)
            .withZone(TimeConfiguration.HUB_ZONE);

    private HomeCareText() {
    }

    static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String when(Instant at) {
        return at == null ? "never" : WHEN.format(at);
    }
}
