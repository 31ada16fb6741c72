package org.dischargehub.referral.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dischargehub.beds.BedType;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralService;
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

/** When the plan changes before discharge, the referral's one process instance goes back to the matching step. */
@DateSensitive
@HubIntegrationTest
class PlansChangeProcessTest {

    static final LocalDate TODAY = TestClock.today();

    @RegisterExtension
    final ReferralProcessEngine engine = new ReferralProcessEngine();
    @LocalServerPort
    int port;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralCapacityService capacity;
    @Autowired
    EscalationService escalations;
    @Autowired
    RuntimeService runtime;

    County county;
    String locality;

    @BeforeEach
    void setUp() {
        county = new County(port);
        locality = county.locality("L");
    }

    @Test
    void a_re_triage_takes_the_same_instance_back_to_the_step_of_the_new_pathway() {
        String id = receive(TestClock.now().minus(30, ChronoUnit.MINUTES));
        ProcessInstance instance = engine.instance(id);
        triage(id, 2);
        reserve(id, bed());
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge");

        triage(id, 1);
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindHomeCare");
        triage(id, 0);
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge");
        triage(id, 3);
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindBed");

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
        assertThat(engine.instance(id).getId()).isEqualTo(instance.getId());
        assertThat(delayTimers(id)).as("the delayed-discharge timer is neither lost nor doubled").isEqualTo(1);
    }

    @Test
    void a_declined_reservation_takes_the_process_back_to_finding_a_bed() {
        String id = receive(TestClock.now().minus(30, ChronoUnit.MINUTES));
        ProcessInstance instance = engine.instance(id);
        triage(id, 2);
        reserve(id, bed());
        As.coordinator(() -> capacity.declineReservation(id, new ReferralCommands.Reason("No ground-floor room")));
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindBed");

        reserve(id, bed());
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge");
    }

    @Test
    void a_new_ready_date_moves_the_delayed_discharge_escalation_to_a_day_after_it() {
        String id = receive(TestClock.now().minus(30, ChronoUnit.MINUTES));
        triage(id, 2);
        newReadyDate(id, TestClock.now().plus(2, ChronoUnit.DAYS));

        moveClock(24 * 60);
        engine.runDueTimers(id);
        assertThat(delayEscalations(id)).isEmpty();
        moveClock(3 * 24 * 60 + 1);
        engine.runDueTimers(id);
        assertThat(delayEscalations(id)).hasSize(1);
    }

    @Test
    void a_new_ready_date_after_the_delay_was_escalated_arms_the_escalation_again() {
        String id = receive(TestClock.now().minus(30, ChronoUnit.MINUTES));
        triage(id, 2);
        moveClock(24 * 60);
        engine.runDueTimers(id);
        assertThat(delayEscalations(id)).hasSize(1);

        newReadyDate(id, TestClock.now().plus(3, ChronoUnit.DAYS));
        moveClock(3 * 24 * 60);
        engine.runDueTimers(id);
        assertThat(delayEscalations(id)).hasSize(1);
        moveClock(4 * 24 * 60 + 1);
        engine.runDueTimers(id);
        assertThat(delayEscalations(id)).hasSize(2);

        newReadyDate(id, TestClock.now().plus(5, ChronoUnit.DAYS));
        assertThat(delayTimers(id)).as("a second reset moves the re-armed timer, never adds one").isEqualTo(1);
    }

    private String receive(Instant readyToLeaveAt) {
        return As.mdt(() -> referrals.receive(new ReferralCommands.NewReferral(People.nhsNumber(), "Arthur", "Dent",
                LocalDate.of(1941, 3, 8), locality, "Westshire General", "Ward 7", readyToLeaveAt, false, null))).id();
    }

    private void triage(String id, int pathway) {
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(pathway,
                pathway >= 2 ? BedType.REHAB : null, pathway == 1 ? new BigDecimal("14") : null,
                pathway == 1 ? TODAY : null, "MDT decision for pathway " + pathway)));
    }

    private void newReadyDate(String id, Instant readyToLeaveAt) {
        As.mdt(() -> referrals.changeReadyDate(id, new ReferralCommands.NewReadyDate(readyToLeaveAt,
                "Unwell again: criteria to reside met")));
    }

    private String bed() {
        String setting = county.setting("S", county.bedBasedProvider("BB"), locality, 1, "150.00", false);
        return county.bed(setting, "01", "REHAB");
    }

    private void reserve(String id, String bed) {
        As.coordinator(() -> capacity.allocateBed(id, new ReferralCommands.BedAllocation(bed)));
    }

    private List<Escalation> delayEscalations(String id) {
        return As.coordinator(() -> escalations.forReferral(id)).stream()
                .filter(e -> e.kind() == EscalationKind.DISCHARGE_DELAYED).toList();
    }

    private long delayTimers(String id) {
        return engine.timers(id).activityId("BoundaryEvent_DischargeDelayed").count()
                + engine.timers(id).activityId("IntermediateEvent_NewReadyDatePassed").count();
    }

    private void moveClock(long minutesFromNow) {
        engine.clockAt(TestClock.now().plus(minutesFromNow, ChronoUnit.MINUTES));
    }
}
