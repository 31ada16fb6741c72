package org.dischargehub.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** The hub works in English local time: a "day" of capacity or funding is a day in London. */
    public static final ZoneId HUB_ZONE = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(HUB_ZONE);
    }
}
