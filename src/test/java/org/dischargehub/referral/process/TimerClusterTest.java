package org.dischargehub.referral.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.dischargehub.shared.HubChange.EscalationChanged;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.People;
import org.dischargehub.support.SecondNode;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.event.TransactionalApplicationListener;

/**
 * Camunda's homogeneous cluster: two hub nodes with their job executors on, one database. Every timer fires exactly
 * once across the nodes, and the jobs a dying node had locked are run by the other once their lock has expired.
 * A node "dies" here by losing every database connection at once while its job threads are mid-flight (its pool is
 * closed under it, so it can neither commit nor release its locks), then its context is closed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimerClusterTest {

    static final int LOCK_MILLIS = 5_000;
    static final String TRIAGE_TIMER = "BoundaryEvent_TriageOverdue";

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static JdbcTemplate jdbc;
    static final Map<String, String> raisedBy = new ConcurrentHashMap<>();
    static final List<String> duplicates = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        nodeA = node(url, "node-a", "hub.demo.enabled=true", "hub.demo.county=false");
        nodeB = node(url, "node-b");
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void a_burst_of_due_timers_fires_each_exactly_once_across_both_nodes() throws Exception {
        List<String> referrals = untriagedReferrals(30);

        // The people's rows are held while the burst falls due, so the first node to poll cannot drain it alone
        // before the other polls: each node's job threads block on a row, and the burst is released only once both
        // nodes are running jobs of it.
        try (Connection blocker = holdRows(referrals)) {
            makeTriageTimersDue(referrals);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> waitingOnLocks("node-a") > 0 && waitingOnLocks("node-b") > 0);
            blocker.rollback();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> escalationsOf(referrals) == referrals.size());
        assertExactlyOneEscalationEach(referrals);
        assertThat(referrals).allSatisfy(id -> assertThat(raisedBy).containsKey(id));
        assertThat(referrals.stream().map(raisedBy::get).distinct())
                .as("both nodes' job executors took part").containsExactlyInAnyOrder("node-a", "node-b");
    }

    @Test
    @Order(2)
    void jobs_locked_by_a_node_that_dies_mid_flight_run_once_on_the_other_after_the_lock_expires() throws Exception {
        jobExecutor(nodeA).shutdown();
        List<String> referrals = untriagedReferrals(6);
        List<String> jobs = triageTimers(referrals);
        String ownerB = jobExecutor(nodeB).getLockOwner();

        try (Connection blocker = holdRows(referrals)) {
            makeTriageTimersDue(referrals);
            await().atMost(Duration.ofSeconds(20)).until(() -> lockedBy(jobs, ownerB) == jobs.size());
            await().atMost(Duration.ofSeconds(20)).until(() -> waitingOnLocks("node-b") == 3);
            Map<String, Instant> lockExpiry = lockExpiry(jobs);

            jobExecutor(nodeA).start();
            nodeB.getBean(DataSource.class).unwrap(HikariDataSource.class).close();
            blocker.rollback();
            nodeB.close();

            await().atMost(Duration.ofSeconds(60)).until(() -> escalationsOf(referrals) == referrals.size());
            assertExactlyOneEscalationEach(referrals);
            assertThat(referrals).allSatisfy(id -> assertThat(raisedBy.get(id)).isEqualTo("node-a"));
            for (Map<String, Object> row : jdbc.queryForList("""
                    select e.raised_at, r.id from hub.escalation e join hub.referral r on r.id = e.referral_id
                    where r.id = any(?) and e.kind = 'TRIAGE_OVERDUE'""", (Object) referrals.toArray(String[]::new))) {
                Instant raised = ((Timestamp) row.get("raised_at")).toInstant();
                assertThat(raised).as("raised by node A only after node B's locks expired")
                        .isAfterOrEqualTo(lockExpiry.values().stream().min(Instant::compareTo).orElseThrow());
            }
        }
    }

    private static ConfigurableApplicationContext node(String url, String name, String... extra) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.hikari.data-source-properties.ApplicationName=" + name,
                "camunda.bpm.job-execution.enabled=true",
                "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                "camunda.bpm.job-execution.wait-time-in-millis=100",
                "camunda.bpm.job-execution.max-wait=500",
                "camunda.bpm.job-execution.max-jobs-per-acquisition=3",
                "camunda.bpm.job-execution.core-pool-size=3",
                "camunda.bpm.job-execution.max-pool-size=3",
                "camunda.bpm.job-execution.queue-capacity=3",
                "hub.escalation.triage-after=PT1H"));
        properties.addAll(List.of(extra));
        ConfigurableApplicationContext node = SecondNode.start(url, name.replace("-", ""),
                properties.toArray(String[]::new));
        node.addApplicationListener(TransactionalApplicationListener.forPayload((Object change) -> {
            if (change instanceof EscalationChanged raised && raisedBy.putIfAbsent(raised.referralId(), name) != null) {
                duplicates.add(raised.referralId());
            }
        }));
        return node;
    }

    /** Locks the people's rows in an open transaction; a job escalating one of them waits until it ends. */
    private static Connection holdRows(List<String> referrals) throws Exception {
        Connection blocker = postgres.getPostgresDatabase().getConnection();
        blocker.setAutoCommit(false);
        try (PreparedStatement lock = blocker.prepareStatement("select id from hub.referral where id = any(?) for update")) {
            lock.setArray(1, blocker.createArrayOf("varchar", referrals.toArray()));
            lock.executeQuery().close();
        }
        return blocker;
    }

    private static int waitingOnLocks(String node) {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where application_name = ? and wait_event_type = 'Lock'",
                Integer.class, node);
    }

    private static List<String> untriagedReferrals(int count) {
        int port = SecondNode.port(nodeA);
        String locality = new County(port).locality("TIMER");
        Api mdt = Api.as(port, "mdt", "mdt");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Response created = mdt.post("/api/referrals",
                    People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            ids.add(created.json().path("id").asText());
        }
        return ids;
    }

    private static List<String> triageTimers(List<String> referrals) {
        RuntimeService runtime = nodeA.getBean(RuntimeService.class);
        ManagementService management = nodeA.getBean(ManagementService.class);
        List<String> jobs = new ArrayList<>();
        for (String referral : referrals) {
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(referral)
                    .singleResult().getId();
            Job timer = management.createJobQuery().processInstanceId(instance).activityId(TRIAGE_TIMER)
                    .singleResult();
            assertThat(timer).as("the triage timer of " + referral).isNotNull();
            jobs.add(timer.getId());
        }
        return jobs;
    }

    private static void makeTriageTimersDue(List<String> referrals) {
        ManagementService management = nodeA.getBean(ManagementService.class);
        Date now = Date.from(TestClock.now());
        for (String job : triageTimers(referrals)) {
            management.setJobDuedate(job, now);
        }
    }

    private static int escalationsOf(List<String> referrals) {
        return jdbc.queryForObject("select count(*) from hub.escalation where referral_id = any(?) and kind = 'TRIAGE_OVERDUE'",
                Integer.class, (Object) referrals.toArray(String[]::new));
    }

    private static void assertExactlyOneEscalationEach(List<String> referrals) {
        assertThat(jdbc.queryForList("""
                select referral_id from hub.escalation where referral_id = any(?) and kind = 'TRIAGE_OVERDUE'
                group by referral_id having count(*) > 1""", String.class, (Object) referrals.toArray(String[]::new)))
                .as("referrals escalated twice").isEmpty();
        assertThat(duplicates).as("escalations committed twice").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();
        assertThat(nodeA.getBean(ManagementService.class).createJobQuery().activityId(TRIAGE_TIMER).count())
                .as("no triage timer left to run").isZero();
    }

    private static int lockedBy(List<String> jobs, String owner) {
        return jdbc.queryForObject("select count(*) from act_ru_job where id_ = any(?) and lock_owner_ = ?",
                Integer.class, jobs.toArray(String[]::new), owner);
    }

    private static Map<String, Instant> lockExpiry(List<String> jobs) {
        Map<String, Instant> expiry = new ConcurrentHashMap<>();
        jdbc.query("select id_, lock_exp_time_ from act_ru_job where id_ = any(?)",
                row -> {
                    expiry.put(row.getString("id_"), row.getTimestamp("lock_exp_time_").toInstant());
                }, (Object) jobs.toArray(String[]::new));
        assertThat(expiry).hasSize(jobs.size());
        return expiry;
    }

    private static JobExecutor jobExecutor(ConfigurableApplicationContext node) {
        return ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor();
    }
}
