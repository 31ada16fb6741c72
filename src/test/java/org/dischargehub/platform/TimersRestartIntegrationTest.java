package org.dischargehub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.Hub;
import org.dischargehub.support.SecondNode;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hub stopped with timers pending and an offer open, started again on the same database with its job executor
 * on, and the engine's clock moved past every due date: each timer fires exactly once and nothing is lost.
 */
class TimersRestartIntegrationTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path directory;

    @AfterEach
    void resetClock() {
        TestClock.resetEngineClock();
    }

    @Test
    void after_a_restart_every_pending_timer_fires_once_and_nothing_is_lost() {
        Map<String, String> referrals = new TreeMap<>();
        Map<String, List<String>> timersBefore;
        try (ConfigurableApplicationContext hub = start()) {
            ReferralFactory people = new ReferralFactory(hub, Hub.on(SecondNode.port(hub), "RS"))
                    .readyToLeaveAt(TestClock.now().plus(1, ChronoUnit.DAYS));
            referrals.put("awaiting triage", people.awaitingTriage().id());
            referrals.put("waiting for a bed", people.awaitingBed().id());
            referrals.put("home care offered", people.offered().id());
            referrals.put("in the funded period", people.discharged().id());

            timersBefore = timers(hub, referrals);
        }
        assertThat(timersBefore).containsEntry("awaiting triage",
                List.of("BoundaryEvent_DischargeDelayed", "BoundaryEvent_TriageOverdue"));
        assertThat(timersBefore).containsEntry("waiting for a bed",
                List.of("BoundaryEvent_DischargeDelayed", "BoundaryEvent_NoBed"));
        assertThat(timersBefore).containsEntry("home care offered",
                List.of("BoundaryEvent_DischargeDelayed", "BoundaryEvent_OfferExpired"));
        assertThat(timersBefore).containsEntry("in the funded period",
                List.of("BoundaryEvent_AssessmentDue", "BoundaryEvent_FundedPeriodEnded",
                        "BoundaryEvent_FundedPeriodEndsSoon"));

        try (ConfigurableApplicationContext hub = start()) {
            assertThat(timers(hub, referrals)).as("every timer survived the stop").isEqualTo(timersBefore);
            TestClock.moveEngineClockAhead(Duration.ofDays(60));
            ManagementService management = hub.getBean(ManagementService.class);
            List<String> instances = instances(hub, referrals);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(management.createJobQuery().processInstanceIds(new HashSet<>(instances))
                            .timers().duedateLowerThan(ClockUtil.getCurrentTime()).count()).isZero());
            assertThat(management.createJobQuery().processInstanceIds(new HashSet<>(instances)).withException().count())
                    .as("no step failed, not even once").isZero();

            JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
            assertThat(escalations(jdbc, referrals.get("awaiting triage")))
                    .containsExactly("DISCHARGE_DELAYED", "TRIAGE_OVERDUE");
            assertThat(escalations(jdbc, referrals.get("waiting for a bed")))
                    .containsExactly("DISCHARGE_DELAYED", "NO_BED");
            assertThat(escalations(jdbc, referrals.get("home care offered"))).containsExactly("DISCHARGE_DELAYED");
            assertThat(escalations(jdbc, referrals.get("in the funded period"))).containsExactly("FUNDED_PERIOD_ENDED");
            assertThat(jdbc.queryForObject("select count(*) from hub.written_letter where referral_id = ?"
                    + " and ending_notice_given", Integer.class, referrals.get("in the funded period")))
                    .as("the funded period's ending letter, written once").isOne();
            assertThat(jdbc.queryForList("select status from hub.home_care_offer where referral_id = ?", String.class,
                    referrals.get("home care offered"))).containsExactly("EXPIRED");

            HistoryService history = hub.getBean(HistoryService.class);
            for (String timer : timersBefore.values().stream().flatMap(List::stream).distinct().toList()) {
                assertThat(instances.stream().mapToLong(instance -> history.createHistoricActivityInstanceQuery()
                        .activityId(timer).processInstanceId(instance).count()).sum())
                        .as(timer + " fired once per referral that had it")
                        .isEqualTo(timersBefore.values().stream().filter(t -> t.contains(timer)).count());
            }
            RuntimeService runtime = hub.getBean(RuntimeService.class);
            assertThat(runtime.getActiveActivityIds(instance(runtime, referrals.get("home care offered"))))
                    .as("back to finding home care").contains("UserTask_FindHomeCare");
            assertThat(runtime.getActiveActivityIds(instance(runtime, referrals.get("in the funded period"))))
                    .contains("UserTask_FundingDecision", "UserTask_AssessmentDue");
        }
    }

    private ConfigurableApplicationContext start() {
        return SecondNode.alone(
                "hub.embedded-database.directory=" + directory,
                "hub.demo.enabled=true",
                "hub.demo.county=false",
                "camunda.bpm.job-execution.enabled=true",
                "camunda.bpm.job-execution.wait-time-in-millis=200",
                "camunda.bpm.job-execution.max-wait=1000");
    }

    private static Map<String, List<String>> timers(ConfigurableApplicationContext hub, Map<String, String> referrals) {
        RuntimeService runtime = hub.getBean(RuntimeService.class);
        ManagementService management = hub.getBean(ManagementService.class);
        Map<String, List<String>> timers = new TreeMap<>();
        referrals.forEach((what, id) -> timers.put(what, management.createJobQuery()
                .processInstanceId(instance(runtime, id)).timers().list().stream()
                .map(job -> activityOf(management, job))
                .sorted().toList()));
        return timers;
    }

    private static String activityOf(ManagementService management, Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    private static List<String> instances(ConfigurableApplicationContext hub, Map<String, String> referrals) {
        RuntimeService runtime = hub.getBean(RuntimeService.class);
        List<String> instances = new ArrayList<>();
        referrals.values().forEach(id -> instances.add(instance(runtime, id)));
        return instances;
    }

    private static String instance(RuntimeService runtime, String referral) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(referral).singleResult().getId();
    }

    private static List<String> escalations(JdbcTemplate jdbc, String referral) {
        return jdbc.queryForList("select kind from hub.escalation where referral_id = ? order by kind", String.class,
                referral);
    }
}
