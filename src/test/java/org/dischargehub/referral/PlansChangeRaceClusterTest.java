package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.Race;
import org.dischargehub.support.SecondNode;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan changing while another user acts on the same person, on two application nodes over one database: whoever
 * wins, nothing is left held for a plan that is gone and each open referral keeps exactly one process instance.
 */
@HubIntegrationTest
class PlansChangeRaceClusterTest {

    static final int ROUNDS = 6;
    static final LocalDate TODAY = TestClock.today();
    @RegisterExtension
    static final SecondNode secondNode = SecondNode.onTheSameDatabase("plansChangeNode");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Hub hub;
    final List<String> referrals = new ArrayList<>();

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "RR");
    }

    @AfterEach
    void invariantsHold() {
        for (String id : referrals) {
            assertThat(jdbc.queryForList("""
                    select b.code from hub.bed b join hub.referral r on r.id = b.referral_id
                    where r.id = ? and (r.status not in ('READY_TO_DISCHARGE', 'IN_D2A', 'FUNDING_DECIDED')
                                        or r.pathway < 2 or r.allocated_bed_code is distinct from b.code)""",
                    String.class, id)).as("no bed held for a referral that no longer wants it").isEmpty();
            assertThat(jdbc.queryForObject("""
                    select count(*) from act_ru_execution e
                    where e.business_key_ = ? and e.id_ = e.proc_inst_id_""", Integer.class, id))
                    .as("one open process for the open referral " + id).isEqualTo(1);
        }
        assertThat(jdbc.queryForList("""
                select c.id from hub.home_care_capacity c join hub.provider p on p.id = c.provider_id
                where p.code = ?
                  and (c.hours_offered <> (select coalesce(sum(o.hours_per_week), 0) from hub.home_care_offer o
                                           where o.capacity_id = c.id and o.status = 'OPEN')
                       or c.hours_booked <> (select coalesce(sum(o.hours_per_week), 0) from hub.home_care_offer o
                                             where o.capacity_id = c.id and o.status = 'ACCEPTED'))""",
                Long.class, hub.homeCare())).as("no hours held but by an open offer or an accepted package").isEmpty();
    }

    @Test
    void a_re_triage_racing_a_bed_allocation_leaves_no_bed_held_for_the_old_plan() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String bed = hub.bed("REHAB");
            String id = triaged(2);
            Api coordinator = coordinator(round);
            Api mdt = mdt(round + 1);
            List<Integer> statuses = race(
                    () -> coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed))
                            .status(),
                    () -> mdt.post("/api/referrals/" + id + "/triage", pathwayOne("Home with carers"))
                            .status());
            assertThat(statuses.get(1)).as("the re-triage always goes through").isEqualTo(200);
            assertThat(statuses.get(0)).isIn(201, 409);
            assertThat(status(id)).isEqualTo("AWAITING_CAPACITY");
            assertThat(jdbc.queryForObject("select status from hub.bed where code = ?", String.class, bed))
                    .isEqualTo("AVAILABLE");
            assertThat(openTasks(id)).containsExactly("UserTask_FindHomeCare");
        }
    }

    @Test
    void a_re_triage_racing_a_home_care_offer_leaves_no_hours_held_for_the_old_plan() throws Exception {
        String provider = hub.homeCare();
        for (int round = 0; round < ROUNDS; round++) {
            String id = triaged(1);
            Api coordinator = coordinator(round);
            Api mdt = mdt(round + 1);
            List<Integer> statuses = race(
                    () -> coordinator.post("/api/referrals/" + id + "/allocation",
                            Map.of("providerCode", provider, "startDate", TODAY.toString())).status(),
                    () -> mdt.post("/api/referrals/" + id + "/triage",
                            Map.of("pathway", 2, "bedType", "REHAB", "rationale", "Needs rehab after all")).status());
            assertThat(statuses.get(1)).isEqualTo(200);
            assertThat(statuses.get(0)).isIn(201, 409);
            assertThat(status(id)).isEqualTo("AWAITING_CAPACITY");
            assertThat(jdbc.queryForObject("""
                    select count(*) from hub.home_care_offer where referral_id = ? and status in ('OPEN', 'ACCEPTED')""",
                    Integer.class, id)).isZero();
            assertThat(openTasks(id)).containsExactly("UserTask_FindBed");
        }
    }

    @Test
    void a_home_declining_while_the_person_is_discharged_gives_one_winner() throws Exception {
        String provider = hub.county.bedBasedProvider("RRB");
        String setting = hub.county.setting("RRS", provider, hub.locality(), 1, "150.00", false);
        String home = hub.county.user("rr-home", "PROVIDER", provider);
        for (int round = 0; round < ROUNDS; round++) {
            String bed = hub.county.bed(setting, "0" + round, "REHAB");
            String id = triaged(2);
            assertThat(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status())
                    .isEqualTo(201);
            Api homeUser = Api.as(round % 2 == 0 ? port : secondNode.port(), home, County.password());
            Api coordinator = coordinator(round + 1);
            List<Integer> statuses = race(
                    () -> homeUser.post("/api/referrals/" + id
                            + "/reservation/decline", Map.of("reason", "Cannot meet the person's needs")).status(),
                    () -> coordinator.post("/api/referrals/" + id + "/discharge",
                            Map.of("dischargedOn", TODAY.toString())).status());
            assertThat(statuses).as(statuses.toString()).containsExactlyInAnyOrder(200, 409);
            String bedStatus = jdbc.queryForObject("select status from hub.bed where code = ?", String.class, bed);
            int declines = jdbc.queryForObject("select count(*) from hub.reservation_decline where referral_id = ?",
                    Integer.class, id);
            if (statuses.get(0) == 200) {
                assertThat(status(id)).isEqualTo("AWAITING_CAPACITY");
                assertThat(bedStatus).isEqualTo("AVAILABLE");
                assertThat(declines).isEqualTo(1);
                assertThat(openTasks(id)).containsExactly("UserTask_FindBed");
            } else {
                assertThat(status(id)).isEqualTo("IN_D2A");
                assertThat(bedStatus).isEqualTo("OCCUPIED");
                assertThat(declines).isZero();
                assertThat(openTasks(id)).containsExactly("UserTask_FundingDecision");
            }
        }
    }

    private List<Integer> race(Callable<Integer> first, Callable<Integer> second) throws Exception {
        return Race.statuses(2, i -> i == 0 ? first : second);
    }

    /** Rounds alternate which node each side of the race calls. */
    private Api coordinator(int round) {
        return Api.as(round % 2 == 0 ? port : secondNode.port(), "coordinator", "coordinator");
    }

    private Api mdt(int round) {
        return Api.as(round % 2 == 0 ? port : secondNode.port(), "mdt", "mdt");
    }

    private String triaged(int pathway) {
        Api.Response created = hub.mdt.post("/api/referrals", People.referral(hub.locality(),
                TestClock.now().minus(1, ChronoUnit.HOURS)));
        String id = created.json().path("id").asText();
        Map<String, Object> triage = pathway == 1 ? pathwayOne("Four calls a day")
                : Map.of("pathway", 2, "bedType", "REHAB", "rationale", "Needs rehab");
        assertThat(hub.mdt.post("/api/referrals/" + id + "/triage", triage).status()).isEqualTo(200);
        referrals.add(id);
        return id;
    }

    private static Map<String, Object> pathwayOne(String rationale) {
        return Map.of("pathway", 1, "hoursPerWeek", 14, "startDate", TODAY.toString(), "rationale", rationale);
    }

    private String status(String id) {
        return jdbc.queryForObject("select status from hub.referral where id = ?", String.class, id);
    }

    private List<String> openTasks(String id) {
        return jdbc.queryForList("""
                select t.task_def_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.business_key_ = ?""", String.class, id);
    }
}
