package org.dischargehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.dischargehub.load.BackgroundLoad;
import org.dischargehub.load.HubClient;
import org.dischargehub.load.Invariants;
import org.dischargehub.load.LoadGenerator;
import org.dischargehub.load.Region;
import org.dischargehub.load.Stats;
import org.dischargehub.load.Waiting;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 23's burst figure: ten times a design day of timers made due at once, as after an outage, drained by the job
 * executor while the episode load runs through the HTTP API beside it.
 */
class BurstBenchmark {

    static final String COMMAND = "`./mvnw -Pbench verify -Dit.test=BurstBenchmark`";
    static final int WORKERS = 8;
    static final long SETTLE_MILLIS = 5_000;

    @Test
    void a_ten_times_burst_of_due_timers_drains_while_the_episode_load_runs() throws Exception {
        MachineLoad start = MachineLoad.now();
        ExecutorService makers = Executors.newFixedThreadPool(8);
        try (BenchNode node = BenchNode.start("audit")) {
            node.signInHere();
            ServiceDriver driver = new ServiceDriver(node);
            Contention contention = new Contention(makers);
            ProcessEngine engine = node.bean(ProcessEngine.class);
            ManagementService management = engine.getManagementService();
            RuntimeService runtime = engine.getRuntimeService();
            JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor();
            JdbcTemplate jdbc = new JdbcTemplate(node.dataSource());
            Region region = Region.build(new HubClient(node.url(), "manager", "manager", new Stats()), 6, 3, 24, 60);
            int referrals = (int) (10 * LoadGenerator.DESIGN_REFERRALS_PER_DAY);
            int offers = referrals * 45 / 100;
            Fixture fixture = Fixture.on(node, "BU", 5, 0);
            LocalDate today = Region.today();
            for (String provider : fixture.providers()) {
                driver.postCapacity(provider, fixture.locality(), today, 9999);
            }
            long incidentsBefore = runtime.createIncidentQuery().count();

            jobExecutor.shutdown();
            List<String> waiting = contention.make(referrals - offers, () -> driver.referral(fixture.locality()));
            AtomicLong next = new AtomicLong();
            List<String> offered = contention.make(offers, () -> {
                String id = driver.triaged(fixture.locality(), 1, null, 5);
                driver.offer(id, fixture.providers().get((int) (next.getAndIncrement() % fixture.providers().size())),
                        today);
                return id;
            });
            List<String> all = new ArrayList<>(waiting);
            all.addAll(offered);
            String[] jobs = jdbc.queryForList("""
                    select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                    where j.type_ = 'timer' and e.business_key_ = any(?)""", String.class,
                    (Object) all.toArray(String[]::new)).toArray(String[]::new);
            Date now = Date.from(TestClock.now());
            for (String job : jobs) {
                management.setJobDuedate(job, now);
            }

            Stats loadStats = new Stats();
            LoadGenerator.Result load;
            double drainSeconds;
            try (BackgroundLoad episodes = BackgroundLoad.start(region, loadStats, WORKERS)) {
                Thread.sleep(SETTLE_MILLIS);
                long began = System.nanoTime();
                jobExecutor.start();
                Long drained = Waiting.forFirst(began + 180_000_000_000L, () -> jdbc.queryForObject("""
                        select count(*) from act_ru_job where id_ = any(?) and retries_ > 0
                        and suspension_state_ = 1 and (duedate_ is null or duedate_ <= ?)""", Long.class,
                        jobs, Timestamp.from(TestClock.now())), due -> due == 0);
                drainSeconds = drained == null ? Double.NaN : (System.nanoTime() - began) / 1e9;
                load = episodes.stop();
            }
            long incidents = runtime.createIncidentQuery().count() - incidentsBefore;
            long failedJobs = management.createJobQuery().withException().count();
            long expired = jdbc.queryForObject("select count(*) from hub.home_care_offer where status = 'EXPIRED' "
                    + "and referral_id = any(?)", Long.class, (Object) offered.toArray(String[]::new));
            long escalations = jdbc.queryForObject("select count(*) from hub.escalation where referral_id = any(?)",
                    Long.class, (Object) all.toArray(String[]::new));
            Map<String, Long> invariants = Invariants.check(node.dataSource());

            BenchmarkReport.write("load-burst", node.dataSource(), String.format("""
                    ## Job backlog after a 10× burst, under the episode load (issues 9 and 23)

                    Command: %s, %s; %s.
                    Ten times a design day at once: %d referrals (%d waiting for triage, %d with an open home-care
                    offer), made with the job executor stopped; then every timer of theirs was made due now
                    (ManagementService `setJobDuedate` to the hub's now: triage overdue, discharge delayed, offer expiry). The episode
                    load then started through the HTTP API (%d workers, episodes back to back, in a region of its
                    own), and %d s later the job executor, as after an outage. Drained means none of the burst's
                    timers is due and not yet run. Job executor and pool as shipped in application.yml (%s).

                    | figure | value | target |
                    | --- | --- | --- |
                    | timer jobs due at once | %d | |
                    | drained to zero due jobs in, under load | %.1f s | within 30 s |
                    | jobs per second while draining | %.0f | |
                    | the episode load beside it | %s | |
                    | new incidents | %d | 0 |
                    | jobs left with an exception | %d | 0 |
                    | offers expired by their timer (hours freed) | %d of %d | all |
                    | escalations raised for these people | %d | |

                    %s
                    """, COMMAND, LocalDate.now(), start.sinceThen(), referrals, referrals - offers, offers, WORKERS,
                    SETTLE_MILLIS / 1000, jobExecutorSettings(node, jobExecutor), jobs.length, drainSeconds,
                    jobs.length / drainSeconds, load.summary(), incidents, failedJobs, expired, offers, escalations,
                    Invariants.table(invariants)));
            assertThat(drainSeconds).as("the burst drains").isLessThanOrEqualTo(180);
            assertThat(load.clean()).as(load.summary()).isTrue();
            assertThat(incidents).isZero();
            assertThat(failedJobs).isZero();
            assertThat(expired).isEqualTo(offers);
            assertThat(Invariants.allZero(invariants)).as(invariants.toString()).isTrue();
        } finally {
            makers.shutdownNow();
        }
    }

    private static String jobExecutorSettings(BenchNode node, JobExecutor jobExecutor) {
        var environment = node.context.getEnvironment();
        return String.format("core pool %s, max pool %s, queue %s, max jobs per acquisition %d, wait %d ms, "
                + "Hikari pool %s", environment.getProperty("camunda.bpm.job-execution.core-pool-size", "3"),
                environment.getProperty("camunda.bpm.job-execution.max-pool-size", "10"),
                environment.getProperty("camunda.bpm.job-execution.queue-capacity", "3"),
                jobExecutor.getMaxJobsPerAcquisition(), jobExecutor.getWaitTimeInMillis(),
                environment.getProperty("spring.datasource.hikari.maximum-pool-size", "20"));
    }
}
