package org.dischargehub.directory;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The funding schemes by the day each starts: the scheme in force on a discharge day (the latest start on or before
 * it) fixes that placement's funded days; before any scheme, {@link FundingScheme#DEFAULT_FUNDED_DAYS}.
 */
public final class SchemeCalendar {

    private final NavigableMap<LocalDate, Integer> fundedDaysByStart;

    private SchemeCalendar(Map<LocalDate, Integer> fundedDaysByStart) {
        this.fundedDaysByStart = new TreeMap<>(fundedDaysByStart);
    }

    /** Funded days keyed by the day each scheme starts. */
    public static SchemeCalendar of(Map<LocalDate, Integer> fundedDaysByStart) {
        return new SchemeCalendar(fundedDaysByStart);
    }

    public int fundedDaysFor(LocalDate dischargedOn) {
        Map.Entry<LocalDate, Integer> inForce = fundedDaysByStart.floorEntry(dischargedOn);
        return inForce == null ? FundingScheme.DEFAULT_FUNDED_DAYS : inForce.getValue();
    }
}
