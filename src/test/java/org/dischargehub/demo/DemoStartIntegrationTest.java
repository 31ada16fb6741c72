package org.dischargehub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.SecondNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's first command on an empty data directory: the demo run seeds the county of Westshire, whatever the
 * day. Providers post less home care at weekends, and the demo run once failed to start on every Saturday and
 * Sunday because its two home-care packages started that day. The days are a weekday, the weekend, and the suite's
 * awkward days (a month's end late at night, both clock changes in the changing hour, a leap day).
 */
class DemoStartIntegrationTest {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "started {0}")
    @CsvSource({
        "on a Sunday,    2026-12-06T09:00, 2026-12-07",
        "on a Wednesday, 2026-12-09T09:00, 2026-12-09",
        "a Sunday night, 2027-01-31T22:30, 2027-02-01",
        "clocks forward, 2027-03-28T00:30, 2027-03-29",
        "clocks back, 2027-10-31T01:30, 2027-11-01",
        "leap day, 2028-02-29T09:00, 2028-02-29",
        "a Saturday, 2027-03-06T12:00, 2027-03-08"})
    void the_demo_county_is_seeded_on_any_day(String day, String startAt, LocalDate packagesStart) {
        try (ConfigurableApplicationContext hub = SecondNode.alone(
                "hub.embedded-database.directory=" + directory,
                "hub.clock.start-at=" + startAt,
                "hub.demo.enabled=true",
                "hub.demo.county=true")) {
            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from hub.referral", Integer.class))
                    .as("every demo person").isEqualTo(12);
            List<Map<String, Object>> offers = jdbc.queryForList("""
                    select r.nhs_number, o.status, c.day from hub.home_care_offer o
                    join hub.referral r on r.id = o.referral_id join hub.home_care_capacity c on c.id = o.capacity_id
                    order by r.nhs_number""");
            assertThat(offers).extracting(o -> o.get("nhs_number"), o -> o.get("status"),
                    o -> ((Date) o.get("day")).toLocalDate())
                    .containsExactly(
                            tuple("4000000004", "ACCEPTED", packagesStart),
                            tuple("9000000009", "OPEN", packagesStart));
        }
    }
}
