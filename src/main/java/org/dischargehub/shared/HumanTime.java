package org.dischargehub.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as people write them, in the hub's zone (London) whatever zone the clock carries: "Wed 2 Dec,
 * 14:00", "4 Dec 2026", "open until 09:11 (3 h 40 min left)". The year shows where it is not this year's; in the
 * hour the autumn clock change repeats, "BST" or "GMT" says which. Never for the API, which speaks ISO.
 */
public final class HumanTime {

    /** The hub works in English local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME_AND_ZONE = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.UK);

    private final Clock clock;

    /** Reads "now" (for the year and for "left" and "ago") from the clock; the hub passes its Clock bean. */
    public HumanTime(Clock clock) {
        this.clock = clock;
    }

    /** As seen at one moment: for texts written once, such as a timeline entry. */
    public static HumanTime at(Instant now) {
        return new HumanTime(Clock.fixed(now, ZONE));
    }

    /** "4 Dec 2026": a date alone always carries its year. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The day of a moment in London, "4 Dec 2026". */
    public static String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, ZONE));
    }

    /** "November 2026". */
    public static String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** "3 h 40 min", "2 d 5 h", "1 h", "5 min": how long, to the minute, leaving out a part that is nought. */
    public static String duration(Duration duration) {
        Duration length = duration.abs();
        long days = length.toDays();
        long hours = length.toHoursPart();
        long minutes = length.toMinutesPart();
        if (days > 0) {
            return days + " d" + (hours == 0 ? "" : " " + hours + " h");
        }
        if (hours > 0) {
            return hours + " h" + (minutes == 0 ? "" : " " + minutes + " min");
        }
        return minutes + " min";
    }

    /** "4 Dec": a day on a chart's axis, whose title names the period. */
    public static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /** "Wed 2 Dec", or "Wed 2 Dec 2027" in another year. */
    public String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        return day.getYear() == today().getYear() ? weekday(day) : DAY_AND_YEAR.format(day);
    }

    /** "Wed 2 Dec", without the year: for the days of a week or two on either side of today, as a grid's columns. */
    public static String weekday(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "Wed 2 Dec, 14:00", or "Wed 2 Dec 2027, 14:00" in another year. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(ZONE);
        return day(local.toLocalDate()) + ", " + time(local);
    }

    /**
     * A deadline or a moment against now: "09:11 (3 h 40 min left)" today, "Sat 5 Dec, 09:11 (1 d 2 h left)" on
     * another day, "09:11 (40 min ago)" once passed.
     */
    public String relative(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), instant);
        return when(instant) + " (" + duration(left) + (left.isNegative() ? " ago)" : " left)");
    }

    /** "09:11" today, "Sat 5 Dec, 09:11" on another day. */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(ZONE);
        return local.toLocalDate().equals(today()) ? time(local) : dateTime(instant);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private static String time(ZonedDateTime local) {
        boolean repeatedHour = ZONE.getRules().getValidOffsets(local.toLocalDateTime()).size() > 1;
        return (repeatedHour ? TIME_AND_ZONE : TIME).format(local);
    }
}
