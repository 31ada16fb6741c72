package org.dischargehub.funding;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.dischargehub.directory.SchemeCalendar;

/**
 * A placement's funded D2A period: from the discharge day to its last funded day, as fixed by the scheme in force
 * on the discharge day. The discharge day is day 1.
 */
public record FundedPeriod(LocalDate start, LocalDate lastDay) {

    public static FundedPeriod of(LocalDate dischargedOn, int fundedDays) {
        return new FundedPeriod(dischargedOn, dischargedOn.plusDays(fundedDays - 1L));
    }

    /** The period of a placement discharged on the given day, by the scheme in force that day. */
    public static FundedPeriod of(LocalDate dischargedOn, SchemeCalendar schemes) {
        return of(dischargedOn, schemes.fundedDaysFor(dischargedOn));
    }

    public int fundedDays() {
        return (int) ChronoUnit.DAYS.between(start, lastDay) + 1;
    }

    /** Which day of the period {@code today} is; past the end it keeps counting. */
    public int dayOn(LocalDate today) {
        return (int) ChronoUnit.DAYS.between(start, today) + 1;
    }

    /** Funded days still to come after {@code today}: 0 on the last funded day, negative once it has passed. */
    public int daysLeftAfter(LocalDate today) {
        return (int) ChronoUnit.DAYS.between(today, lastDay);
    }

    public boolean endedBefore(LocalDate today) {
        return today.isAfter(lastDay);
    }

    /** The first day the NHS no longer pays for, without a decision. */
    public LocalDate firstDayAfter() {
        return lastDay.plusDays(1);
    }

    /** When the assessment is due: the given time before the period ends. */
    public LocalDate assessmentDueOn(Period before) {
        return firstDayAfter().minus(before);
    }
}
