package org.dischargehub.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.dischargehub.platform.TimeConfiguration;
import org.dischargehub.shared.Pathway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When calls fall due, from settings. Pathway 0: from the discharge until 72 hours after it. Pathways 1 to 3: on the
 * check-in day ({@code hub.calls.check-in-day} days after the discharge day, default 7), by the end of that day in
 * London. The discharge is known as a day: recorded that day, it happened when recorded; recorded later, the hub
 * takes the end of that day (the latest it can have been), so a late record never shortens the 72 hours.
 */
@Component
class CallTimes {

    static final Duration SAFE_AND_WELL_WITHIN = Duration.ofHours(72);

    private final int checkInDay;
    private final Duration retryAfter;
    private final int attemptsBeforeEscalation;

    CallTimes(@Value("${hub.calls.check-in-day:7}") int checkInDay,
            @Value("${hub.calls.retry-after:PT4H}") Duration retryAfter,
            @Value("${hub.calls.attempts-before-escalation:3}") int attemptsBeforeEscalation) {
        this.checkInDay = checkInDay;
        this.retryAfter = retryAfter;
        this.attemptsBeforeEscalation = attemptsBeforeEscalation;
    }

    static CallKind kindFor(Pathway pathway) {
        return pathway == Pathway.ZERO ? CallKind.SAFE_AND_WELL : CallKind.CHECK_IN;
    }

    /** The day by which the call is made: for pathway 0 the third day after the discharge. */
    LocalDate dueOn(Pathway pathway, LocalDate dischargedOn) {
        return dischargedOn.plusDays(pathway == Pathway.ZERO ? 3 : checkInDay);
    }

    static Instant dischargedAt(LocalDate on, Instant recordedAt) {
        Instant endOfDay = startOf(on.plusDays(1));
        return recordedAt.isBefore(endOfDay) ? recordedAt : endOfDay;
    }

    Instant dueFrom(Pathway pathway, LocalDate on, Instant dischargedAt) {
        return pathway == Pathway.ZERO ? dischargedAt : startOf(on.plusDays(checkInDay));
    }

    Instant dueBy(Pathway pathway, LocalDate on, Instant dischargedAt) {
        return pathway == Pathway.ZERO ? dischargedAt.plus(SAFE_AND_WELL_WITHIN) : startOf(on.plusDays(checkInDay + 1));
    }

    Duration retryAfter() {
        return retryAfter;
    }

    int attemptsBeforeEscalation() {
        return attemptsBeforeEscalation;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.HUB_ZONE).toInstant();
    }
}
