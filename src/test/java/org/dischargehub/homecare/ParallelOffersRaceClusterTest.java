package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.Race;
import org.dischargehub.support.SecondNode;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two providers accept the same person's package at the same moment, on two application nodes: exactly one takes
 * it, the other gets a clean 409, and the database agrees afterwards (no hours held for a withdrawn offer, one
 * process per open referral).
 */
@HubIntegrationTest
class ParallelOffersRaceClusterTest {

    static final int PEOPLE = 6;
    static final LocalDate TODAY = TestClock.today();
    @RegisterExtension
    static final SecondNode secondNode = SecondNode.onTheSameDatabase("parallelOffersNode");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    County county;
    String locality;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        county = new County(port);
        locality = county.locality("L");
        first = county.homeCareProvider("ONE", "24.00");
        second = county.homeCareProvider("TWO", "24.00");
        county.capacity(first, locality, TODAY, 10 * PEOPLE);
        county.capacity(second, locality, TODAY, 10 * PEOPLE);
    }

    @Test
    void two_providers_accepting_one_package_at_once_on_two_nodes_give_one_winner_and_a_clean_409() throws Exception {
        int otherPort = secondNode.port();
        String firstUser = county.user("one", "PROVIDER", first);
        String secondUser = county.user("two", "PROVIDER", second);
        List<String> referrals = offeredToBoth(PEOPLE);
        List<String> firstOffers = referrals.stream().map(r -> offerOf(first, r)).toList();
        List<String> secondOffers = referrals.stream().map(r -> offerOf(second, r)).toList();

        List<Integer> statuses = Race.statuses(2 * PEOPLE, i -> i % 2 == 0
                ? () -> Api.as(port, firstUser, County.password())
                        .post("/api/offers/" + firstOffers.get(i / 2) + "/accept", null).status()
                : () -> Api.as(otherPort, secondUser, County.password())
                        .post("/api/offers/" + secondOffers.get(i / 2) + "/accept", null).status());

        for (int person = 0; person < PEOPLE; person++) {
            assertThat(List.of(statuses.get(2 * person), statuses.get(2 * person + 1))).as(statuses.toString())
                    .containsExactlyInAnyOrder(200, 409);
        }
        assertInvariants(referrals);
        assertThat(jdbc.queryForObject("""
                select count(*) from hub.referral where id in (%s) and status = 'READY_TO_DISCHARGE'"""
                .formatted(in(referrals)), Integer.class)).isEqualTo(PEOPLE);
        assertThat(jdbc.queryForObject("""
                select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.business_key_ in (%s) and t.task_def_key_ = 'UserTask_AwaitDischarge'"""
                .formatted(in(referrals)), Integer.class)).isEqualTo(PEOPLE);
    }

    @Test
    void the_database_itself_refuses_a_second_accepted_offer_for_one_person() {
        String referral = offeredToBoth(1).get(0);
        jdbc.update("update hub.home_care_offer set status = 'ACCEPTED', answered_at = now() where id = ?",
                offerOf(first, referral));
        assertThatThrownBy(() -> jdbc.update(
                "update hub.home_care_offer set status = 'ACCEPTED', answered_at = now() where id = ?",
                offerOf(second, referral))).isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("update hub.home_care_offer set status = 'OPEN', answered_at = null where referral_id = ?",
                referral);
    }

    /** Each person has exactly one accepted offer; every day's counters match its offers; one process per referral. */
    private void assertInvariants(List<String> referrals) {
        String ids = in(referrals);
        assertThat(jdbc.queryForList("""
                select referral_id from hub.home_care_offer where referral_id in (%s)
                group by referral_id having count(*) filter (where status = 'ACCEPTED') <> 1
                    or count(*) filter (where status = 'WITHDRAWN') <> 1""".formatted(ids), String.class))
                .as("people without exactly one accepted and one withdrawn offer").isEmpty();
        assertThat(jdbc.queryForList("""
                select c.id from hub.home_care_capacity c join hub.provider p on p.id = c.provider_id
                where p.code in (?, ?) and (
                    c.hours_offered <> (select coalesce(sum(o.hours_per_week), 0) from hub.home_care_offer o
                                        where o.capacity_id = c.id and o.status = 'OPEN')
                 or c.hours_booked <> (select coalesce(sum(o.hours_per_week), 0) from hub.home_care_offer o
                                       where o.capacity_id = c.id and o.status = 'ACCEPTED')
                 or c.hours_offered <> 0)""", Long.class, first, second))
                .as("days holding hours for offers that are no longer open").isEmpty();
        assertThat(jdbc.queryForList("""
                select r.id from hub.referral r where r.id in (%s) and r.status not in ('CLOSED', 'CANCELLED')
                and (select count(*) from act_ru_execution e where e.business_key_ = r.id and e.id_ = e.proc_inst_id_)
                    <> 1""".formatted(ids), String.class))
                .as("open referrals without exactly one process instance").isEmpty();
    }

    private String offerOf(String provider, String referral) {
        return jdbc.queryForObject("""
                select o.id from hub.home_care_offer o join hub.provider p on p.id = o.provider_id
                where o.referral_id = ? and p.code = ? and o.status = 'OPEN'""", String.class, referral, provider);
    }

    private List<String> offeredToBoth(int count) {
        Api mdt = Api.as(port, "mdt", "mdt");
        Api coordinator = Api.as(port, "coordinator", "coordinator");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)))
                    .json().path("id").asText();
            mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1, "hoursPerWeek", 10,
                    "startDate", TODAY.toString(), "rationale", "Reablement"));
            Api.Response offered = coordinator.post("/api/referrals/" + id + "/allocation",
                    Map.of("providerCodes", List.of(first, second), "startDate", TODAY.toString()));
            assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
            ids.add(id);
        }
        return ids;
    }

    private static String in(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
    }
}
