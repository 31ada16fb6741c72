package org.dischargehub.beds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** Many coordinators, one bed: the database decides, exactly one wins, the rest get a clean 409. */
@HubIntegrationTest
class BedRaceClusterTest {

    static final int RACERS = 16;
    @RegisterExtension
    static final SecondNode secondNode = SecondNode.onTheSameDatabase("secondNode");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;

    Api mdt;
    County county;
    String locality;

    @BeforeEach
    void setUp() {
        mdt = Api.as(port, "mdt", "mdt");
        county = new County(port);
        locality = county.locality("L");
    }

    @Test
    void many_threads_race_for_one_bed_and_exactly_one_wins() throws Exception {
        String bed = oneBed();
        List<String> referrals = waitingForBeds(RACERS);
        List<Integer> statuses = race(referrals, bed, i -> port);
        assertOneWinner(bed, referrals, statuses);
    }

    @Test
    void two_application_nodes_on_one_database_race_for_one_bed_and_exactly_one_wins() throws Exception {
        int otherPort = secondNode.port();
        String bed = oneBed();
        List<String> referrals = waitingForBeds(RACERS);
        List<Integer> statuses = race(referrals, bed, i -> i % 2 == 0 ? port : otherPort);
        assertOneWinner(bed, referrals, statuses);
    }

    @Test
    void a_failed_process_step_after_the_reservation_leaves_no_hold_behind() {
        String bed = oneBed();
        String referral = waitingForBeds(1).get(0);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(referral).singleResult().getId();
        runtime.deleteProcessInstance(instance, "test: the process step will fail after the bed is reserved");

        Api.Response refused = Api.as(port, "coordinator", "coordinator")
                .post("/api/referrals/" + referral + "/allocation", Map.of("bedCode", bed));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select status from hub.bed where code = ?", String.class, bed))
                .isEqualTo("AVAILABLE");
        assertThat(jdbc.queryForObject("select count(*) from hub.bed where referral_id = ?", Integer.class, referral))
                .isZero();
        assertThat(jdbc.queryForObject("select status from hub.referral where id = ?", String.class, referral))
                .isEqualTo("AWAITING_CAPACITY");
    }

    @Test
    void the_database_itself_refuses_a_second_holder_for_a_bed_or_a_second_bed_for_a_person() {
        String bed = oneBed();
        String other = oneBed();
        String referral = waitingForBeds(1).get(0);
        jdbc.update("update hub.bed set status = 'RESERVED', referral_id = ? where code = ?", referral, bed);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.update("update hub.bed set status = 'RESERVED', referral_id = ? where code = ?", referral, other))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.update("update hub.bed set status = 'RESERVED', referral_id = null where code = ?", other))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        jdbc.update("update hub.bed set status = 'AVAILABLE', referral_id = null where code = ?", bed);
    }

    private void assertOneWinner(String bed, List<String> referrals, List<Integer> statuses) {
        assertThat(statuses).as(statuses.toString()).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        String holder = jdbc.queryForObject("select referral_id from hub.bed where code = ?", String.class, bed);
        assertThat(referrals).contains(holder);
        assertThat(jdbc.queryForObject("select status from hub.referral where id = ?", String.class, holder))
                .isEqualTo("READY_TO_DISCHARGE");
        for (String loser : referrals) {
            if (!loser.equals(holder)) {
                assertThat(jdbc.queryForObject("select status from hub.referral where id = ?", String.class, loser))
                        .isEqualTo("AWAITING_CAPACITY");
                assertThat(jdbc.queryForObject("""
                        select count(*) from act_ru_task t join act_ru_execution e on e.proc_inst_id_ = t.proc_inst_id_
                        where e.business_key_ = ? and t.task_def_key_ = 'UserTask_FindBed'""", Integer.class, loser))
                        .isEqualTo(1);
            }
        }
    }

    private List<Integer> race(List<String> referrals, String bed, IntFunction<Integer> portFor) throws Exception {
        return Race.statuses(referrals.size(), i -> () -> Api.as(portFor.apply(i), "coordinator", "coordinator")
                .post("/api/referrals/" + referrals.get(i) + "/allocation", Map.of("bedCode", bed)).status());
    }

    private String oneBed() {
        String setting = county.setting("RACE", county.bedBasedProvider("BB"), locality, 1, "150.00", false);
        return county.bed(setting, "01", "NURSING");
    }

    private List<String> waitingForBeds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Response created = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)));
            String id = created.json().path("id").asText();
            mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "NURSING", "rationale", "Rehab"));
            ids.add(id);
        }
        return ids;
    }
}
