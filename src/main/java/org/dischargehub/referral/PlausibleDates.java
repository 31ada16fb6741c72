package org.dischargehub.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.shared.Violations;

/** The dates a referral may carry, judged against the hub's clock and day: what is plausible, and when a day starts. */
final class PlausibleDates {

    private final Clock clock;

    PlausibleDates(Clock clock) {
        this.clock = clock;
    }

    Violations birthChecks(Violations violations, LocalDate dateOfBirth) {
        LocalDate today = LocalDate.now(clock);
        return violations
                .check(dateOfBirth.isAfter(today), "dateOfBirth", "a date of birth cannot be in the future")
                .check(dateOfBirth.isBefore(today.minusYears(130)), "dateOfBirth",
                        "a date of birth more than 130 years ago is not plausible");
    }

    Violations readyDateChecks(Violations violations, Instant readyToLeaveAt, LocalDate dateOfBirth) {
        return violations
                .check(readyToLeaveAt.atZone(clock.getZone()).toLocalDate().isBefore(dateOfBirth), "readyToLeaveAt",
                        "a person cannot be ready to leave before they were born")
                .check(readyToLeaveAt.isAfter(clock.instant().plus(Duration.ofDays(366))), "readyToLeaveAt",
                        "a discharge ready date more than a year ahead is not plausible");
    }

    /** The first instant of the day in the hub's zone. */
    Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
