package org.dischargehub.referral.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.dischargehub.beds.BedType;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundedPeriod;
import org.dischargehub.funding.FundingCommands;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.funding.FundingService;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralEvent;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.DateSensitive;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The funded D2A period in the referral's process: "Assessment due" work before the end, an escalation at the end
 * with no decision, and a decision that ends the whole period. Timers are driven by the engine's clock.
 */
@DateSensitive
@HubIntegrationTest
class FundedPeriodProcessTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    ReferralService referrals;
    @Autowired
    FundingService funding;
    @Autowired
    ReferralCapacityService capacity;
    @Autowired
    EscalationService escalations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    County county;
    String locality;

    @BeforeEach
    void setUp() {
        county = new County(port);
        locality = county.locality("L");
    }

    @AfterEach
    void resetClock() {
        TestClock.resetEngineClock();
    }

    /** A pathway 2 placement discharged {@code daysAgo} days ago, in its funded period. */
    String placedInABed(int daysAgo) {
        String setting = county.setting("S", county.bedBasedProvider("BB"), locality, 1, "150.00", false);
        String bed = county.bed(setting, "01", "REHAB");
        String id = As.mdt(() -> referrals.receive(new ReferralCommands.NewReferral(People.nhsNumber(), "Iris", "Vane",
                LocalDate.of(1940, 5, 1), locality, "Westshire General", "Ward 3",
                TestClock.now().minus(daysAgo + 1L, ChronoUnit.DAYS), false, null))).id();
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(2, BedType.REHAB, null, null, "Rehab")));
        As.coordinator(() -> capacity.allocateBed(id, new ReferralCommands.BedAllocation(bed)));
        As.coordinator(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY.minusDays(daysAgo))));
        return id;
    }

    FundedPeriod periodOf(String id) {
        return funding.fundedPeriod(As.coordinator(() -> referrals.get(id)).dischargedOn());
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }

    List<String> waitingIn(String id) {
        return As.coordinator(() -> referrals.processPosition(id));
    }

    String instance(String id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
    }

    List<String> passedThrough(String id) {
        String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    List<Job> timers(String id) {
        return management.createJobQuery().processInstanceId(instance(id)).timers().list();
    }

    List<Job> executableTimers(String id) {
        return management.createJobQuery().processInstanceId(instance(id)).timers().executable().list();
    }

    void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    void executeTimers(String id) {
        executableTimers(id).forEach(job -> management.executeJob(job.getId()));
    }

    void record(String id, AssessmentStatus status, String note) {
        As.coordinator(() -> funding.recordAssessment(id, new FundingCommands.AssessmentUpdate(status, note)));
    }

    List<String> historyActions(String id) {
        return As.coordinator(() -> referrals.history(id)).stream().map(ReferralEvent::action).toList();
    }

    @Test
    void the_discharge_sets_the_funded_end_and_the_assessment_due_fourteen_days_before_it() {
        String id = placedInABed(20);
        FundedPeriod period = periodOf(id);
        Instant endsAt = startOf(period.lastDay().plusDays(1));

        assertThat(runtime.getVariable(instance(id), "fundedPeriodEndsAt")).isEqualTo(Date.from(endsAt));
        assertThat(runtime.getVariable(instance(id), "assessmentDueAt"))
                .isEqualTo(Date.from(startOf(period.lastDay().plusDays(1).minusDays(14))));
        assertThat(runtime.getVariable(instance(id), "assessmentCompleted")).isEqualTo(false);
        assertThat(waitingIn(id)).containsExactly("Record funding decision");
        assertThat(timers(id)).hasSize(2);
        assertThat(executableTimers(id)).isEmpty();
        Task decision = tasks.createTaskQuery().processInstanceId(instance(id)).singleResult();
        assertThat(decision.getDueDate()).isEqualTo(Date.from(endsAt));
    }

    @Test
    void assessment_due_work_appears_for_the_coordinator_fourteen_days_before_the_end_until_completed() {
        String id = placedInABed(20);
        Instant dueAt = startOf(periodOf(id).lastDay().plusDays(1).minusDays(14));

        at(dueAt.minus(1, ChronoUnit.MINUTES));
        assertThat(executableTimers(id)).isEmpty();
        at(dueAt.plus(1, ChronoUnit.MINUTES));
        assertThat(executableTimers(id)).hasSize(1);
        executeTimers(id);

        assertThat(waitingIn(id)).containsExactly("Assessment due", "Record funding decision");
        Task due = tasks.createTaskQuery().processInstanceId(instance(id)).taskDefinitionKey("UserTask_AssessmentDue")
                .singleResult();
        assertThat(tasks.getIdentityLinksForTask(due.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("COORDINATOR");

        record(id, AssessmentStatus.BOOKED, "Social worker visit booked for Tuesday");
        assertThat(waitingIn(id)).containsExactly("Assessment due", "Record funding decision");
        record(id, AssessmentStatus.COMPLETED, "Assessed at the unit: needs nursing care");
        assertThat(waitingIn(id)).containsExactly("Record funding decision");
        assertThat(passedThrough(id)).contains("EndEvent_AssessmentCompleted");
        assertThat(historyActions(id)).contains("ASSESSMENT_BOOKED", "ASSESSMENT_COMPLETED");
        assertThat(As.coordinator(() -> referrals.get(id)).assessmentStatus()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThatThrownBy(() -> record(id, AssessmentStatus.BOOKED, "again")).isInstanceOf(ConflictException.class);
    }

    @Test
    void an_assessment_completed_before_it_falls_due_creates_no_assessment_work() {
        String id = placedInABed(20);
        record(id, AssessmentStatus.COMPLETED, "Assessed early");
        at(startOf(periodOf(id).lastDay().plusDays(1).minusDays(14)).plus(1, ChronoUnit.MINUTES));
        executeTimers(id);
        assertThat(waitingIn(id)).containsExactly("Record funding decision");
        assertThat(passedThrough(id)).contains("EndEvent_NoAssessmentDue").doesNotContain("UserTask_AssessmentDue");
    }

    @Test
    void the_end_of_the_funded_period_without_a_decision_escalates_to_the_manager_once() {
        String id = placedInABed(30);
        FundedPeriod period = periodOf(id);
        Instant endsAt = startOf(period.lastDay().plusDays(1));

        at(endsAt.minus(1, ChronoUnit.MINUTES));
        executeTimers(id); // the assessment timer only
        assertThat(As.coordinator(() -> escalations.forReferral(id))).isEmpty();

        at(endsAt.plus(1, ChronoUnit.MINUTES));
        executeTimers(id);
        List<Escalation> raised = As.coordinator(() -> escalations.forReferral(id));
        assertThat(raised).extracting(Escalation::kind).containsExactly(EscalationKind.FUNDED_PERIOD_ENDED);
        assertThat(raised.get(0).detail()).contains("Iris Vane", "ended on " + period.lastDay(), "no funding decision");
        assertThat(waitingIn(id)).containsExactly("Assessment due", "Record funding decision");
        assertThat(timers(id)).isEmpty();

        at(endsAt.plus(30, ChronoUnit.DAYS));
        assertThat(executableTimers(id)).isEmpty();
    }

    @Test
    void recording_the_decision_ends_the_whole_funded_period_and_its_pending_work() {
        String id = placedInABed(20);
        FundedPeriod period = periodOf(id);
        at(startOf(period.lastDay().plusDays(1).minusDays(14)).plus(1, ChronoUnit.MINUTES));
        executeTimers(id);
        assertThat(waitingIn(id)).containsExactly("Assessment due", "Record funding decision");

        As.coordinator(() -> funding.decide(id, new FundingCommands.Decision(FundingOutcome.FNC,
                TODAY, "Nursing needs met by FNC", false)));

        assertThat(waitingIn(id)).isEmpty();
        assertThat(timers(id)).isEmpty();
        assertThat(runtime.getActiveActivityIds(instance(id))).containsExactly("ReceiveTask_AwaitClose");
        assertThat(passedThrough(id)).contains("EndEvent_FundingDecided");
        at(startOf(period.lastDay().plusDays(2)));
        assertThat(executableTimers(id)).isEmpty();
        assertThat(As.coordinator(() -> escalations.forReferral(id))).isEmpty();
        assertThatThrownBy(() -> record(id, AssessmentStatus.COMPLETED, "late")).isInstanceOf(ConflictException.class);
    }
}
