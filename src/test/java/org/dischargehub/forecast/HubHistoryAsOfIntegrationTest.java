package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.dischargehub.forecast.History.InCare;
import org.dischargehub.forecast.History.Stay;
import org.dischargehub.forecast.History.Waiting;
import org.dischargehub.forecast.HubHistory.DayCount;
import org.dischargehub.platform.TimeConfiguration;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records read as they stood on a past day, from the dates a referral holds: a small history written straight
 * into the tables, since the hub's own screens date everything today.
 */
@HubIntegrationTest
class HubHistoryAsOfIntegrationTest {

    static final LocalDate D = TestClock.today().minusDays(30);

    @LocalServerPort
    int port;
    @Autowired
    HubHistory history;
    @Autowired
    JdbcClient jdbc;

    String locality;
    /** A real bed for the discharged referral: a pathway 2 stay in no bed is one the hub never records. */
    String bed;

    @BeforeEach
    void aReferralDischargedAfterDayDAndTwoThatNeverWaitedThen() {
        Hub hub = Hub.on(port, "HAO");
        locality = hub.locality();
        bed = hub.bed("REHAB");
        referral(2, D.minusDays(3), "CLOSED", D.plusDays(2), D.plusDays(12), D.plusDays(20));
        referral(1, D.minusDays(1), "CANCELLED", null, null, null);
        referral(3, D.plusDays(1), "AWAITING_CAPACITY", null, null, null);
    }

    @Test
    void a_referral_discharged_after_a_day_waited_on_it_and_was_in_care_later() {
        History onD = history.readAsOf(D, 8, 14);
        History afterDischarge = history.readAsOf(D.plusDays(5), 8, 14);
        History afterDecision = history.readAsOf(D.plusDays(15), 8, 14);

        assertThat(onD.queue()).filteredOn(w -> w.locality().equals(locality)).as("the cancelled one never waited")
                .extracting(Waiting::pathway, Waiting::service, Waiting::since)
                .containsExactly(tuple(2, "REHAB", D.minusDays(3)));
        assertThat(onD.inCare()).filteredOn(c -> c.locality().equals(locality)).isEmpty();
        assertThat(afterDischarge.queue()).filteredOn(w -> w.locality().equals(locality))
                .extracting(Waiting::pathway).containsExactly(3);
        assertThat(afterDischarge.inCare()).filteredOn(c -> c.locality().equals(locality))
                .extracting(InCare::pathway, InCare::since, InCare::decidedOn)
                .as("not yet decided on that day").containsExactly(tuple(2, D.plusDays(2), null));
        assertThat(afterDecision.inCare()).filteredOn(c -> c.locality().equals(locality))
                .extracting(InCare::since, InCare::decidedOn).containsExactly(tuple(D.plusDays(2), D.plusDays(12)));
    }

    @Test
    void a_stay_or_wait_that_ended_after_the_day_is_censored_at_it() {
        assertThat(history.readAsOf(D.plusDays(5), 8, 14).stays()).contains(new Stay(2, "REHAB", 3, true))
                .doesNotContain(new Stay(2, "REHAB", 10, false));
        History afterDecision = history.readAsOf(D.plusDays(15), 8, 14);
        assertThat(afterDecision.stays()).contains(new Stay(2, "REHAB", 10, false));
        assertThat(afterDecision.onwardWaits()).contains(new Stay(2, "REHAB", 3, true));
        assertThat(history.readAsOf(D.plusDays(25), 8, 14).onwardWaits()).contains(new Stay(2, "REHAB", 8, false));
    }

    @Test
    void the_counts_by_day_agree_with_the_reading_as_of_each_day() {
        assertThat(history.countsByDay(D.minusDays(4), D.plusDays(21)))
                .filteredOn(c -> c.locality().equals(locality))
                .extracting(DayCount::day, DayCount::pathway, DayCount::waiting, DayCount::inCare)
                .contains(tuple(D.minusDays(3), 2, 1, 0), tuple(D, 2, 1, 0), tuple(D.plusDays(1), 3, 1, 0),
                        tuple(D.plusDays(1), 2, 1, 0), tuple(D.plusDays(2), 2, 0, 1),
                        tuple(D.plusDays(19), 2, 0, 1))
                .doesNotContain(tuple(D.minusDays(4), 2, 1, 0), tuple(D.plusDays(20), 2, 0, 1));
        assertThat(history.countsByDay(D.minusDays(4), D.plusDays(21)))
                .filteredOn(c -> c.locality().equals(locality) && c.pathway() == 1).isEmpty();
    }

    private void referral(int pathway, LocalDate created, String status, LocalDate discharged, LocalDate decided,
            LocalDate closed) {
        Timestamp at = Timestamp.from(created.atTime(LocalTime.NOON).atZone(TimeConfiguration.HUB_ZONE).toInstant());
        jdbc.sql("""
                insert into hub.referral (id, nhs_number, given_name, family_name, date_of_birth, locality_id,
                    hospital, ward, ready_to_leave_at, infection_positive, status, pathway, bed_type, allocated_bed_code,
                    hours_per_week,
                    discharged_on, funding_outcome, funding_decided_on, funding_rationale, closed_on, close_outcome, cancel_reason,
                    created_at, created_by, status_since)
                values (:id, :nhs, 'Edith', 'Marsh', date '1940-01-01',
                    (select id from hub.locality where code = :locality), 'General', 'Ward 1', :at, false, :status,
                    :pathway, case when :pathway >= 2 then 'REHAB' end,
                    case when cast(:discharged as date) is not null and :pathway >= 2 then :bed end,
                    case when :pathway = 1 then 7 end,
                    :discharged, case when cast(:decided as date) is not null then 'COUNCIL' end, :decided,
                    case when cast(:decided as date) is not null then 'Care Act assessment' end, :closed,
                    case when cast(:closed as date) is not null then 'HOME' end,
                    case when :status = 'CANCELLED' then 'No longer needed' end, :at, 'test', :at)
                """)
                .param("id", UUID.randomUUID().toString()).param("nhs", People.nhsNumber())
                .param("locality", locality).param("at", at).param("status", status).param("pathway", pathway)
                .param("discharged", discharged).param("decided", decided).param("closed", closed).param("bed", bed)
                .update();
    }
}
