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
 * executor while the episode load runs through the HTTP API beside it; three bursts, each of new people.
 */
class BurstBenchmark {

    static final String COMMAND = "`./mvnw -Pbench verify -Dit.test=BurstBenchmark`";
    static final int WORKERS = 8;
    static final int BURSTS = 3;

    @Test
    void a_ten_times_burst_of_due_timers_drains_while_the_episode_load_runs() throws Exception {
        MachineLoad start = MachineLoad.now();
        ExecutorService makers = Executors.newFixedThreadPool(8);
        try (BenchNode node = BenchNode.start()) {
            node.signInHere();
            Burster burster = new Burster(node, new Contention(makers));
            long incidentsBefore = burster.runtime.createIncidentQuery().count();
            List<Burst> bursts = new ArrayList<>();
            for (int round = 0; round < BURSTS; round++) {
                bursts.add(burster.burst("B" + round));
            }
            long incidents = burster.runtime.createIncidentQuery().count() - incidentsBefore;
            long failedJobs = burster.management.createJobQuery().withException().count();
            Map<String, Long> invariants = Invariants.check(node.dataSource());
            Burst first = bursts.get(0);

            BenchmarkReport.write("load-burst", node.dataSource(), String.format("""
                    ## Job backlog after a 10× burst, under the episode load (issues 9 and 23)

                    Command: %s, %s; %s.
                    Ten times a design day at once: %d referrals (%d waiting for triage, %d with an open home-care
                    offer), made with the job executor stopped; then every timer of theirs was made due now
                    (ManagementService `setJobDuedate` to the hub's now: triage overdue, discharge delayed, offer expiry). The episode
                    load then started through the HTTP API (%d workers, episodes back to back, in a region of its
                    own), and once each worker had finished an episode, the job executor, as after an outage. Drained
                    means none of the burst's timers is due and not yet run. %d bursts, each of new people, one after
                    the other on the same hub; figures are the median with the least and greatest. Job executor and
                    pool as shipped in application.yml (%s).

                    | figure | value | target |
                    | --- | --- | --- |
                    | timer jobs due at once | %s | |
                    | drained to zero due jobs in, under load | %s s | within 30 s |
                    | jobs per second while draining | %s | |
                    | the episode load beside the first burst | %s | |
                    | new incidents, all bursts | %d | 0 |
                    | jobs left with an exception, all bursts | %d | 0 |
                    | offers expired by their timer (hours freed), all bursts | %d of %d | all |
                    | escalations raised for these people, all bursts | %d | |

                    %s
                    """, COMMAND, LocalDate.now(), start.sinceThen(), first.referrals, first.referrals - first.offers,
                    first.offers, WORKERS, BURSTS, burster.settings(), spread(bursts, b -> (double) b.jobs, "%.0f"),
                    spread(bursts, b -> b.drainSeconds, "%.1f"), spread(bursts, b -> b.jobs / b.drainSeconds, "%.0f"),
                    first.load.summary(), incidents, failedJobs, bursts.stream().mapToLong(b -> b.expired).sum(),
                    bursts.stream().mapToLong(b -> b.offers).sum(), bursts.stream().mapToLong(b -> b.escalations).sum(),
                    Invariants.table(invariants)));
            for (Burst burst : bursts) {
                assertThat(burst.drainSeconds).as("the burst drains").isLessThanOrEqualTo(180);
                assertThat(burst.load.clean()).as(burst.load.summary()).isTrue();
                assertThat(burst.expired).isEqualTo(burst.offers);
            }
            assertThat(incidents).isZero();
            assertThat(failedJobs).isZero();
            assertThat(Invariants.allZero(invariants)).as(invariants.toString()).isTrue();
        } finally {
            makers.shutdownNow();
        }
    }

    private static String spread(List<Burst> bursts, java.util.function.ToDoubleFunction<Burst> figure,
            String format) {
        return BenchmarkReport.spread(bursts.stream().map(figure::applyAsDouble).toList(), format);
    }

    /** What one burst made and how it drained. */
    record Burst(int referrals, int offers, int jobs, double drainSeconds, LoadGenerator.Result load, long expired,
            long escalations) {
    }

    /** Makes a burst of due timers for new people and drains it beside the episode load. */
    static final class Burster {

        final ServiceDriver driver;
        final Contention contention;
        final ManagementService management;
        final RuntimeService runtime;
        final JobExecutor jobExecutor;
        final JdbcTemplate jdbc;
        final BenchNode node;

        Burster(BenchNode node, Contention contention) {
            this.node = node;
            this.contention = contention;
            this.driver = new ServiceDriver(node);
            ProcessEngine engine = node.bean(ProcessEngine.class);
            this.management = engine.getManagementService();
            this.runtime = engine.getRuntimeService();
            this.jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor();
            this.jdbc = new JdbcTemplate(node.dataSource());
        }

        Burst burst(String prefix) throws Exception {
            Region region = Region.build(new HubClient(node.url(), "manager", "manager", new Stats()), 6, 3, 24, 60);
            int referrals = (int) (10 * LoadGenerator.DESIGN_REFERRALS_PER_DAY);
            int offers = referrals * 45 / 100;
            Fixture fixture = Fixture.on(node, prefix, 5, 0);
            LocalDate today = Region.today();
            for (String provider : fixture.providers()) {
                driver.postCapacity(provider, fixture.locality(), today, 9999);
            }

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

            LoadGenerator.Result load;
            double drainSeconds;
            try (BackgroundLoad episodes = BackgroundLoad.start(region, new Stats(), WORKERS)) {
                episodes.awaitSteady();
                long began = System.nanoTime();
                jobExecutor.start();
                Long drained = Waiting.forFirst(began + 180_000_000_000L, () -> jdbc.queryForObject("""
                        select count(*) from act_ru_job where id_ = any(?) and retries_ > 0
                        and suspension_state_ = 1 and (duedate_ is null or duedate_ <= ?)""", Long.class,
                        jobs, Timestamp.from(TestClock.now())), due -> due == 0);
                drainSeconds = drained == null ? Double.NaN : (System.nanoTime() - began) / 1e9;
                load = episodes.stop();
            }
            long expired = jdbc.queryForObject("select count(*) from hub.home_care_offer where status = 'EXPIRED' "
                    + "and referral_id = any(?)", Long.class, (Object) offered.toArray(String[]::new));
            long escalations = jdbc.queryForObject("select count(*) from hub.escalation where referral_id = any(?)",
                    Long.class, (Object) all.toArray(String[]::new));
            return new Burst(referrals, offers, jobs.length, drainSeconds, load, expired, escalations);
        }

        String settings() {
            var environment = node.context.getEnvironment();
            return String.format("core pool %s, max pool %s, queue %s, max jobs per acquisition %d, wait %d ms, "
                    + "Hikari pool %s", environment.getProperty("camunda.bpm.job-execution.core-pool-size", "3"),
                    environment.getProperty("camunda.bpm.job-execution.max-pool-size", "10"),
                    environment.getProperty("camunda.bpm.job-execution.queue-capacity", "3"),
                    jobExecutor.getMaxJobsPerAcquisition(), jobExecutor.getWaitTimeInMillis(),
                    environment.getProperty("spring.datasource.hikari.maximum-pool-size", "20"));
        }
    }
}
