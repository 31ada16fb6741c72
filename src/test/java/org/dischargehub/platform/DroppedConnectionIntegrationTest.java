package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database connection dies in the middle of a request: the test holds a row lock so the request waits inside
 * its transaction, then terminates that request's backend. The request fails cleanly (a 503 problem: send it
 * again), nothing half-done remains, the data and the process still agree, and the request succeeds when sent again.
 */
@HubIntegrationTest
class DroppedConnectionIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    JdbcTemplate jdbc;

    Hub hub;
    Api mdt;
    Api coordinator;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "DC");
        mdt = hub.mdt;
        coordinator = hub.coordinator;
    }

    @Test
    void an_allocation_whose_connection_drops_holds_no_bed_and_succeeds_when_sent_again() throws Exception {
        String bed = hub.bed("NURSING");
        String id = triaged();

        // the bed is reserved and the process step under way when the connection drops: the engine's delete of
        // the "find a bed" task waits on the row held here (a bed row held elsewhere is refused at once, NOWAIT)
        Api.Response dropped = killedWhileWaiting("""
                select 1 from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.business_key_ = ? and t.task_def_key_ = 'UserTask_FindBed' for update of t""", id,
                () -> coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)));

        assertCleanFailure(dropped);
        assertThat(jdbc.queryForObject("select status from hub.bed where code = ?", String.class, bed))
                .isEqualTo("AVAILABLE");
        assertThat(status(id)).isEqualTo("AWAITING_CAPACITY");
        assertThat(openTasks(id)).containsExactly("UserTask_FindBed");

        assertThat(coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status())
                .isEqualTo(201);
        assertThat(jdbc.queryForObject("select referral_id from hub.bed where code = ?", String.class, bed)).isEqualTo(id);
        assertThat(status(id)).isEqualTo("READY_TO_DISCHARGE");
        assertThat(openTasks(id)).doesNotContain("UserTask_FindBed");
    }

    @Test
    void a_triage_whose_connection_drops_changes_nothing_and_succeeds_when_sent_again() throws Exception {
        String id = created();
        Map<String, Object> triage = Map.of("pathway", 2, "bedType", "NURSING", "rationale", "Rehab after a fall");

        Api.Response dropped = killedWhileWaiting("select 1 from hub.referral where id = ? for update", id,
                () -> mdt.post("/api/referrals/" + id + "/triage", triage));

        assertCleanFailure(dropped);
        assertThat(status(id)).isEqualTo("AWAITING_TRIAGE");
        assertThat(openTasks(id)).containsExactly("UserTask_Triage");

        assertThat(mdt.post("/api/referrals/" + id + "/triage", triage).status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("AWAITING_CAPACITY");
        assertThat(openTasks(id)).containsExactly("UserTask_FindBed");
    }

    @Test
    void a_funding_decision_whose_connection_drops_leaves_the_funded_period_running_and_succeeds_when_sent_again()
            throws Exception {
        String bed = hub.bed("NURSING");
        String id = triaged();
        assertThat(coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status()).isEqualTo(201);
        assertThat(coordinator.post("/api/referrals/" + id + "/discharge",
                Map.of("dischargedOn", TODAY.minusDays(5).toString())).status()).isEqualTo(200);
        Map<String, Object> decision = Map.of("outcome", "COUNCIL", "decidedOn", TODAY.minusDays(1).toString(),
                "rationale", "Social care needs only");
        int timersBefore = timers(id);
        assertThat(timersBefore).as("the funded period's timers").isPositive();

        Api.Response dropped = killedWhileWaiting("select 1 from hub.referral where id = ? for update", id,
                () -> coordinator.post("/api/referrals/" + id + "/funding-decision", decision));

        assertCleanFailure(dropped);
        assertThat(status(id)).isEqualTo("IN_D2A");
        assertThat(jdbc.queryForObject("select funding_outcome from hub.referral where id = ?", String.class, id)).isNull();
        assertThat(openTasks(id)).contains("UserTask_FundingDecision");
        assertThat(timers(id)).isEqualTo(timersBefore);

        assertThat(coordinator.post("/api/referrals/" + id + "/funding-decision", decision).status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("FUNDING_DECIDED");
        assertThat(openTasks(id)).doesNotContain("UserTask_FundingDecision");
    }

    /** Holds a row lock, sends the request, kills the backend the request is waiting in, then lets go. */
    private Api.Response killedWhileWaiting(String lockSql, String key, Supplier<Api.Response> request) throws Exception {
        try (Connection lock = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            lock.setAutoCommit(false);
            try (PreparedStatement statement = lock.prepareStatement(lockSql)) {
                statement.setString(1, key);
                statement.executeQuery().close();
            }
            CompletableFuture<Api.Response> answer = CompletableFuture.supplyAsync(request);
            Integer victim = Awaitility.await("the request waiting for the lock").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> jdbc.queryForList("""
                            select pid from pg_stat_activity
                            where wait_event_type = 'Lock' and datname = current_database() and pid <> pg_backend_pid()""",
                            Integer.class).stream().findFirst().orElse(null), java.util.Objects::nonNull);
            assertThat(jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, victim)).isTrue();
            lock.rollback();
            return answer.get(60, TimeUnit.SECONDS);
        }
    }

    private static void assertCleanFailure(Api.Response response) {
        assertThat(response.status()).as("a retryable 503: " + response).isEqualTo(503);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("PSQL")
                .doesNotContain("terminat");
    }

    private String created() {
        Api.Response created = mdt.post("/api/referrals", People.referral(hub.locality(), TestClock.now().minus(1, ChronoUnit.DAYS)
                .minus(5, ChronoUnit.DAYS)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private String triaged() {
        String id = created();
        assertThat(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "NURSING",
                "rationale", "Rehab")).status()).isEqualTo(200);
        return id;
    }

    private String status(String id) {
        return jdbc.queryForObject("select status from hub.referral where id = ?", String.class, id);
    }

    private List<String> openTasks(String id) {
        return jdbc.queryForList("""
                select t.task_def_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.business_key_ = ? order by t.task_def_key_""", String.class, id);
    }

    private int timers(String id) {
        return jdbc.queryForObject("""
                select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                where e.business_key_ = ? and j.type_ = 'timer'""", Integer.class, id);
    }
}
