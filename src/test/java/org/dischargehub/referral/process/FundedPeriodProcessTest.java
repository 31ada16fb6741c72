package org.dischargehub.referral.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
import org.dischargehub.shared.HumanTime;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.DateSensitive;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
    static final String[] ASSESSMENT_AND_DECISION = {"SubProcess_FundedPeriod", "UserTask_AssessmentDue",
        "UserTask_FundingDecision"};

    @RegisterExtension
    final ReferralProcessEngine engine = new ReferralProcessEngine();
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
    TaskService tasks;

    County county;
    String locality;

    @BeforeEach
    void setUp() {
        county = new County(port);
        locality = county.locality("L");
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

        ProcessInstance instance = engine.instance(id);
        assertThat(instance).isWaitingAtExactly("SubProcess_FundedPeriod", "UserTask_FundingDecision").variables()
                .containsEntry("fundedPeriodEndsAt", Date.from(endsAt))
                .containsEntry("assessmentDueAt", Date.from(startOf(period.lastDay().plusDays(1).minusDays(14))))
                .containsEntry("assessmentCompleted", false)
                .containsEntry("endingNoticeAt", Date.from(startOf(period.lastDay().plusDays(1).minusDays(7))));
        assertThat(engine.timers(id).list()).as("assessment due, ending notice, period ended").hasSize(3);
        assertThat(engine.timers(id).executable().list()).isEmpty();
        assertThat(task(instance)).hasDueDate(Date.from(endsAt));
    }

    @Test
    void assessment_due_work_appears_for_the_coordinator_fourteen_days_before_the_end_until_completed() {
        String id = placedInABed(20);
        Instant dueAt = startOf(periodOf(id).lastDay().plusDays(1).minusDays(14));

        ProcessInstance instance = engine.instance(id);
        engine.clockAt(dueAt.minus(1, ChronoUnit.MINUTES));
        assertThat(engine.timers(id).executable().list()).isEmpty();
        engine.clockAt(dueAt.plus(1, ChronoUnit.MINUTES));
        assertThat(engine.timers(id).executable().list()).hasSize(1);
        engine.runDueTimers(id);

        assertThat(instance).isWaitingAtExactly(ASSESSMENT_AND_DECISION);
        assertThat(tasks.getIdentityLinksForTask(task("UserTask_AssessmentDue", instance).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("COORDINATOR");

        record(id, AssessmentStatus.BOOKED, "Social worker visit booked for Tuesday");
        assertThat(instance).isWaitingAtExactly(ASSESSMENT_AND_DECISION);
        record(id, AssessmentStatus.COMPLETED, "Assessed at the unit: needs nursing care");
        assertThat(instance).isWaitingAtExactly("SubProcess_FundedPeriod", "UserTask_FundingDecision")
                .hasPassed("EndEvent_AssessmentCompleted");
        assertThat(historyActions(id)).contains("ASSESSMENT_BOOKED", "ASSESSMENT_COMPLETED");
        assertThat(As.coordinator(() -> referrals.get(id)).afterDischarge().assessmentStatus())
                .isEqualTo(AssessmentStatus.COMPLETED);
        assertThatThrownBy(() -> record(id, AssessmentStatus.BOOKED, "again")).isInstanceOf(ConflictException.class);
    }

    @Test
    void an_assessment_completed_before_it_falls_due_creates_no_assessment_work() {
        String id = placedInABed(20);
        record(id, AssessmentStatus.COMPLETED, "Assessed early");
        engine.clockAt(startOf(periodOf(id).lastDay().plusDays(1).minusDays(14)).plus(1, ChronoUnit.MINUTES));
        engine.runDueTimers(id);
        assertThat(engine.instance(id)).isWaitingAtExactly("SubProcess_FundedPeriod", "UserTask_FundingDecision")
                .hasPassed("EndEvent_NoAssessmentDue").hasNotPassed("UserTask_AssessmentDue");
    }

    @Test
    void the_end_of_the_funded_period_without_a_decision_escalates_to_the_manager_once() {
        String id = placedInABed(30);
        FundedPeriod period = periodOf(id);
        Instant endsAt = startOf(period.lastDay().plusDays(1));

        engine.clockAt(endsAt.minus(1, ChronoUnit.MINUTES));
        engine.runDueTimers(id); // the assessment timer only
        assertThat(As.coordinator(() -> escalations.forReferral(id))).isEmpty();

        engine.clockAt(endsAt.plus(1, ChronoUnit.MINUTES));
        engine.runDueTimers(id);
        List<Escalation> raised = As.coordinator(() -> escalations.forReferral(id));
        assertThat(raised).extracting(Escalation::kind).containsExactly(EscalationKind.FUNDED_PERIOD_ENDED);
        assertThat(raised.get(0).detail()).contains("Iris Vane", "ended on " + HumanTime.date(period.lastDay()),
                "no funding decision");
        assertThat(engine.instance(id)).isWaitingAtExactly(ASSESSMENT_AND_DECISION)
                .hasPassed("ServiceTask_EscalateFundedPeriodEnded");
        assertThat(engine.timers(id).list()).isEmpty();

        engine.clockAt(endsAt.plus(30, ChronoUnit.DAYS));
        assertThat(engine.timers(id).executable().list()).isEmpty();
    }

    @Test
    void recording_the_decision_ends_the_whole_funded_period_and_its_pending_work() {
        String id = placedInABed(20);
        FundedPeriod period = periodOf(id);
        ProcessInstance instance = engine.instance(id);
        engine.clockAt(startOf(period.lastDay().plusDays(1).minusDays(14)).plus(1, ChronoUnit.MINUTES));
        engine.runDueTimers(id);
        assertThat(instance).isWaitingAtExactly(ASSESSMENT_AND_DECISION);

        As.coordinator(() -> funding.decide(id, new FundingCommands.Decision(FundingOutcome.FNC,
                TODAY, "Nursing needs met by FNC", false)));

        assertThat(instance).isWaitingAtExactly("ReceiveTask_AwaitClose").hasPassed("EndEvent_FundingDecided");
        assertThat(engine.timers(id).list()).isEmpty();
        engine.clockAt(startOf(period.lastDay().plusDays(2)));
        assertThat(engine.timers(id).executable().list()).isEmpty();
        assertThat(As.coordinator(() -> escalations.forReferral(id))).isEmpty();
        assertThatThrownBy(() -> record(id, AssessmentStatus.COMPLETED, "late")).isInstanceOf(ConflictException.class);
    }
}
