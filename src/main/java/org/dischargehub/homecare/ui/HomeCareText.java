package org.dischargehub.homecare.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.shared.HumanTime;

/** How home-care figures read on screen: hours without trailing zeros, days and times as {@link HumanTime} writes them. */
final class HomeCareText {

    private HomeCareText() {
    }

    static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }

    static String day(LocalDate day) {
        return HumanTime.weekday(day);
    }

    /** An update or answer time: day and time in London, "Wed 2 Dec, 14:00", with the year when not this year's. */
    static String when(HumanTime time, Instant at) {
        return at == null ? "never" : time.dateTime(at);
    }
}
