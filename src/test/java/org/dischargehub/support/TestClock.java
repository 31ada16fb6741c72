package org.dischargehub.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dischargehub.platform.TimeConfiguration;

/**
 * The tests' view of the hub's clock. The build pins it with the system property {@code hub.clock.start-at}, which
 * the hubs under test read too, so a test's "today" is the hub's today whatever day the build runs on. Without the
 * property (a test run from an IDE) both use the real clock. Tests never ask the calendar for the date.
 */
public final class TestClock {

    private TestClock() {
    }

    /** London time, ticking, started where the build pinned it. */
    public static Clock clock() {
        return Clock.offset(Clock.system(TimeConfiguration.HUB_ZONE), offset());
    }

    public static Instant now() {
        return clock().instant();
    }

    /** Today in London, by the hub's clock. */
    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    /** Puts the process engine's clock back to the hub's clock, after a test moved it. */
    public static void resetEngineClock() {
        ClockUtil.offset(offset().toMillis());
    }

    /** Moves the process engine's clock ahead of the hub's by {@code ahead}, so timers due by then fall due. */
    public static void moveEngineClockAhead(Duration ahead) {
        ClockUtil.offset(offset().plus(ahead).toMillis());
    }

    private static Duration offset() {
        String startAt = System.getProperty(TimeConfiguration.START_AT, "");
        return startAt.isBlank() ? Duration.ZERO : TimeConfiguration.offset(TimeConfiguration.parse(startAt));
    }
}
