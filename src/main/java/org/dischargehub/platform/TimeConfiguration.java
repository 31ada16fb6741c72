package org.dischargehub.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub's one clock: London time, ticking. With {@code hub.clock.start-at} (a London date and time such as
 * {@code 2028-02-29T09:00}) it starts at that moment instead of now and ticks on from there, and the process
 * engine's clock is moved by the same amount, so the hub, its timers and its tests agree on the day. The tests pin it
 * this way to run on awkward days (the 1st, the 4th, month ends, 29 February, the clock changes); a training copy of
 * the hub may too. Never set it on a live hub.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** The hub works in English local time: a "day" of capacity or funding is a day in London. */
    public static final ZoneId HUB_ZONE = ZoneId.of("Europe/London");

    /** The property that starts the clock at a chosen London date and time. */
    public static final String START_AT = "hub.clock.start-at";

    private static final Logger log = LoggerFactory.getLogger(TimeConfiguration.class);

    /**
     * How far each start moment is from the real clock, fixed the first time it is asked for in this JVM: every hub
     * and test in one JVM pinned to the same moment then reads the same time.
     */
    private static final Map<LocalDateTime, Duration> OFFSETS = new ConcurrentHashMap<>();

    @Bean
    Clock clock(@Value("${" + START_AT + ":}") String startAt) {
        if (startAt.isBlank()) {
            return Clock.system(HUB_ZONE);
        }
        Duration offset = offset(parse(startAt));
        log.warn("The hub's clock is pinned: it started at {} London time ({} from the real clock), "
                + "and the process engine's clock with it. Never run a live hub like this.", startAt, offset);
        ClockUtil.offset(offset.toMillis());
        return Clock.offset(Clock.system(HUB_ZONE), offset);
    }

    /** The distance from the real clock to a clock started at {@code startAt} (London time), the same in the JVM. */
    public static Duration offset(LocalDateTime startAt) {
        return OFFSETS.computeIfAbsent(startAt,
                start -> Duration.between(Instant.now(), start.atZone(HUB_ZONE).toInstant()));
    }

    /** Reads the property as written: a London date and time, or an explanation of what is wrong with it. */
    public static LocalDateTime parse(String startAt) {
        try {
            return LocalDateTime.parse(startAt.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(START_AT + " must be a London date and time such as 2028-02-29T09:00, not '"
                    + startAt + "'", e);
        }
    }
}
