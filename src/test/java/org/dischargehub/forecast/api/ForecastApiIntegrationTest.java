package org.dischargehub.forecast.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The forecast over HTTP, from the hub's own records: JSON, CSV, refusals at the field, and who may ask. */
@HubIntegrationTest
class ForecastApiIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void people_waiting_for_beds_a_locality_has_not_got_wait_all_along_and_beds_are_what_would_help() {
        Hub hub = Hub.on(port, "FCAPI");
        ReferralFactory referrals = new ReferralFactory(context, hub);
        referrals.awaitingBed();
        referrals.awaitingBed();
        String path = "/api/forecast?surge=1.32&weeks=6&locality=" + hub.locality();

        Api.Response response = hub.coordinator.get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode forecast = response.json();
        assertThat(forecast.path("start").asText()).isEqualTo(TestClock.today().toString());
        assertThat(forecast.path("surge").asDouble()).isEqualTo(1.32);
        JsonNode streams = forecast.path("streams");
        assertThat(streams).as("pathway 2 in this locality, the only stream with anyone in it").hasSize(1);
        JsonNode beds = streams.get(0);
        assertThat(beds.path("pathway").asInt()).isEqualTo(2);
        assertThat(beds.path("capacityUnit").asText()).isEqualTo("BEDS");
        assertThat(beds.path("capacity").asDouble()).isZero();
        assertThat(beds.path("utilisation").isNull()).as("no places: no steady state to speak of").isTrue();
        assertThat(beds.path("underTargetFrom").isNull()).isTrue();
        assertThat(beds.path("found").asBoolean()).isTrue();
        assertThat(beds.path("extraBeds").asInt()).as("two people wait, each needing a bed").isBetween(1, 2);
        assertThat(beds.path("extraHoursPerDay").isNull()).isTrue();
        assertThat(beds.has("lastYearFactor")).isTrue();
        assertThat(beds.path("bedTypes")).as("no beds here").isEmpty();
        assertThat(beds.path("bedDaysLostMean").asDouble()).as("two people for 42 days")
                .isGreaterThanOrEqualTo(2 * 42 - 1);
        JsonNode rows = forecast.path("rows");
        assertThat(rows).hasSize(42);
        assertThat(rows.get(0).path("date").asText()).isEqualTo(TestClock.today().toString());
        assertThat(rows.get(41).path("queueMean").asDouble()).isEqualTo(2.0);
        assertThat(rows.get(41).path("queueP90").asInt()).isEqualTo(2);
        assertThat(rows.get(41).path("occupancyMean").asDouble()).isZero();
        assertThat(rows.get(41).path("delayDaysMean").isNull()).as("no one was admitted").isTrue();

        Api.Response csv = hub.manager.get(path, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("pathway,locality,date,queueMean,queueP90,delayDaysMean,delayDaysP90,"
                + "occupancyMean,extraBeds,extraHoursPerDay,extraFound,lastYearFactor");
        assertThat(lines).hasSize(43);
        assertThat(lines.get(42)).startsWith("2," + hub.locality() + "," + TestClock.today().plusDays(41) + ",2.00,2,,,0.00,")
                .contains(",,true,");

        assertThat(hub.coordinator.get(path + "&followLastYear=true").json().path("scenario").asText())
                .endsWith("following last year's change over these weeks");
        JsonNode added = hub.coordinator.get(path + "&addBedsPathway2=2").json();
        assertThat(added.path("scenario").asText()).endsWith("with 2 + 0 beds and 0.0 hours a day added in "
                + hub.locality());
        JsonNode lastDay = added.path("rows").get(41);
        assertThat(lastDay.path("queueMean").asDouble()).as("two beds from next Monday take both").isZero();
        assertThat(lastDay.path("occupancyMean").asDouble()).isPositive();
        LocalDate monday = TestClock.today().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        assertThat(added.path("surgeFrom").asText()).isEqualTo(monday.toString());
        for (JsonNode row : added.path("rows")) {
            if (LocalDate.parse(row.path("date").asText()).isBefore(monday)) {
                assertThat(row.path("queueMean").asDouble()).as("not before Monday").isEqualTo(2.0);
            }
        }
    }

    @Test
    void a_surge_weeks_ramp_or_locality_out_of_range_is_refused_at_its_field_and_the_mdt_may_not_ask() {
        Hub hub = Hub.on(port, "FCBAD");
        for (String[] bad : new String[][] {{"surge=0", "surge"}, {"surge=5.5", "surge"}, {"surge=NaN", "surge"},
                {"weeks=5", "weeks"}, {"weeks=13", "weeks"}, {"rampDays=-1", "rampDays"},
                {"locality=NOWHERE", "locality"}, {"addBedsPathway2=1", "locality"},
                {"locality=" + hub.locality() + "&addBedsPathway3=-1", "addBedsPathway3"},
                {"locality=" + hub.locality() + "&addHoursPerDayPathway1=5001", "addHoursPerDayPathway1"}}) {
            Api.Response refused = hub.coordinator.unchecked().get("/api/forecast?" + bad[0]);
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().path("errors").findValuesAsText("field")).as(bad[0]).containsExactly(bad[1]);
        }
        assertThat(hub.mdt.unchecked().get("/api/forecast").status()).isEqualTo(403);
        assertThat(hub.coordinator.unchecked().get("/api/forecast?surge=lots").status()).isEqualTo(400);
    }

    @Test
    void a_setting_closed_for_an_outbreak_takes_no_one_until_it_reopens() {
        Hub hub = Hub.on(port, "FCOUT");
        String setting = hub.county.setting("FCOUT-S", hub.county.bedBasedProvider("FCOUT-BB"), hub.locality(), 1,
                "150.00", false);
        hub.county.bed(setting, "01", "REHAB");
        hub.county.bed(setting, "02", "REHAB");
        ReferralFactory referrals = new ReferralFactory(context, hub);
        referrals.awaitingBed();
        referrals.awaitingBed();
        String path = "/api/forecast?weeks=6&locality=" + hub.locality();

        JsonNode open = hub.coordinator.get(path).json();
        assertThat(open.path("rows").get(0).path("queueMean").asDouble()).as("two beds take both today").isZero();

        LocalDate today = TestClock.today();
        Api.Response response = hub.coordinator.get(path + "&closeSetting=" + setting + "&closeFrom=" + today
                + "&closeDays=14");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode closed = response.json();
        assertThat(closed.path("scenario").asText()).contains(" closed ");
        JsonNode rows = closed.path("rows");
        assertThat(rows.get(0).path("queueMean").asDouble()).isEqualTo(2.0);
        assertThat(rows.get(13).path("date").asText()).isEqualTo(today.plusDays(13).toString());
        assertThat(rows.get(13).path("queueMean").asDouble()).as("the last day closed").isEqualTo(2.0);
        assertThat(rows.get(14).path("queueMean").asDouble()).as("reopened: both admitted").isZero();
        assertThat(closed.path("streams").get(0).path("capacity").asDouble()).as("the beds open today").isEqualTo(2);
        assertThat(closed.path("streams").get(0).path("bedTypes").get(0).asText()).isEqualTo("REHAB");

        Api.Response csv = hub.coordinator.get(path + "&closeSetting=" + setting + "&closeFrom=" + today,
                "text/csv");
        assertThat(csv.body().lines().skip(14).findFirst().orElseThrow()).as("the 14th day, closed by default")
                .contains("," + today.plusDays(13) + ",2.00,");
    }

    @Test
    void a_closure_of_an_unknown_empty_or_distant_setting_or_out_of_range_is_refused_at_its_field() {
        Hub hub = Hub.on(port, "FCCLB");
        String provider = hub.county.bedBasedProvider("FCCLB-BB");
        String setting = hub.county.setting("FCCLB-S", provider, hub.locality(), 1, "150.00", false);
        hub.county.bed(setting, "01", "REHAB");
        String empty = hub.county.setting("FCCLB-E", provider, hub.locality(), 1, "150.00", false);
        String elsewhere = hub.county.locality("FCCLB-L");
        LocalDate today = TestClock.today();
        String closing = "closeSetting=" + setting;
        for (String[] bad : new String[][] {{"closeSetting=NOPE", "closeSetting"},
                {"closeFrom=" + today, "closeSetting"}, {"closeDays=3", "closeSetting"},
                {"closeSetting=" + empty, "closeSetting"}, {"locality=" + elsewhere + "&" + closing, "closeSetting"},
                {closing + "&closeDays=0", "closeDays"}, {closing + "&closeDays=85", "closeDays"},
                {closing + "&closeFrom=7/12/2026", "closeFrom"}, {closing + "&closeFrom=" + today.minusDays(1),
                        "closeFrom"}, {"weeks=6&" + closing + "&closeFrom=" + today.plusDays(42), "closeFrom"}}) {
            Api.Response refused = hub.coordinator.unchecked().get("/api/forecast?" + bad[0]);
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().path("errors").findValuesAsText("field")).as(bad[0]).containsExactly(bad[1]);
        }
    }

    @Test
    void posted_hours_not_updated_lately_are_shown_as_not_counted_on_with_why() {
        Hub hub = Hub.on(port, "FCSTL");
        String provider = hub.homeCare();
        hub.county.capacity(provider, hub.locality(), TestClock.today(), 70);
        String path = "/api/forecast?weeks=6&locality=" + hub.locality();
        assertThat(hub.coordinator.get(path).json().path("homeCareDiscounted")).as("a fresh posting").isEmpty();
        jdbc.sql("update hub.home_care_capacity set updated_at = updated_at - interval '3 days'"
                + " where provider_id = (select id from hub.provider where code = :provider)")
                .param("provider", provider).update();

        JsonNode discounted = hub.coordinator.get(path).json().path("homeCareDiscounted");

        assertThat(discounted).hasSize(1);
        JsonNode stale = discounted.get(0);
        assertThat(stale.path("locality").asText()).isEqualTo(hub.locality());
        assertThat(stale.path("provider").asText()).isEqualTo(provider);
        assertThat(stale.path("reason").asText()).isEqualTo("STALE");
        assertThat(stale.path("fraction").asDouble()).isEqualTo(0.5);
        assertThat(stale.path("days").asInt()).isEqualTo(1);
        assertThat(stale.path("hoursPerDay").asDouble()).as("half of the free hours of the one day posted")
                .isPositive();
    }
}
