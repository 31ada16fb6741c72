package org.dischargehub.referral.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dischargehub.beds.BedType;
import org.dischargehub.calls.CallFilter;
import org.dischargehub.calls.CallOutcome;
import org.dischargehub.calls.CallsService;
import org.dischargehub.calls.OutcomeCommand;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.funding.FundingCommands;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.funding.FundingService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralProcess;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.security.Role;
import org.dischargehub.shared.ConflictException;
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

/** Every path of discharge-referral.bpmn on the real engine; timers are driven by the engine's clock. */
@DateSensitive
@HubIntegrationTest
class ReferralProcessTest {

    static final LocalDate TODAY = TestClock.today();

    @RegisterExtension
    final ReferralProcessEngine engine = new ReferralProcessEngine();
    @LocalServerPort
    int port;
    @Autowired
    ReferralService referrals;
    @Autowired
    CallsService calls;
    @Autowired
    FundingService funding;
    @Autowired
    ReferralCapacityService capacity;
    @Autowired
    EscalationService escalations;
    @Autowired
    ReferralProcess process;
    @Autowired
    HomeCareService homeCare;
    @Autowired
    DirectoryService directory;

    County county;
    String locality;

    @BeforeEach
    void setUp() {
        county = new County(port);
        locality = county.locality("L");
    }

    Referral receive(Instant readyToLeaveAt) {
        return receive(readyToLeaveAt, false);
    }

    Referral receive(Instant readyToLeaveAt, boolean infectionPositive) {
        return As.mdt(() -> referrals.receive(new ReferralCommands.NewReferral(People.nhsNumber(),
                "Arthur", "Dent", LocalDate.of(1941, 3, 8), locality, "Westshire General", "Ward 7", readyToLeaveAt,
                infectionPositive, null)));
    }

    Referral receive() {
        return receive(TestClock.now().minus(30, ChronoUnit.MINUTES));
    }

    void triage(String id, int pathway) {
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(pathway,
                pathway >= 2 ? BedType.REHAB : null, pathway == 1 ? new BigDecimal("14") : null,
                pathway == 1 ? TODAY : null, "MDT decision")));
    }

    String bed() {
        String setting = county.setting("S", county.bedBasedProvider("BB"), locality, 1, "150.00", false);
        return county.bed(setting, "01", "REHAB");
    }

    @Test
    void a_referral_starts_one_process_instance_keyed_by_its_id_waiting_for_mdt_triage() {
        Referral referral = receive();
        ProcessInstance instance = engine.instance(referral.id());
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_Triage").variables()
                .containsOnlyKeys("triageEscalationAfter", "dischargeEscalationAt", "noBedEscalationAfter");
        assertThat(As.coordinator(() -> referrals.processPosition(referral.id()))).containsExactly("MDT triage");
    }

    @Test
    void pathway_0_discharges_then_offers_a_safe_and_well_call_and_closes() {
        String id = receive().id();
        ProcessInstance instance = engine.instance(id);
        triage(id, 0);
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge");
        assertThat(process.safeAndWellCallDue(id)).isFalse();
        As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        assertThat(instance).isWaitingAtExactly("UserTask_SafeAndWellCall");
        assertThat(process.safeAndWellCallDue(id)).isTrue();
        String call = As.coordinator(() -> calls.due(CallFilter.ALL)).stream()
                .filter(row -> row.referralId().equals(id)).findFirst().orElseThrow().id();
        As.coordinator(() -> calls.recordOutcome(call, new OutcomeCommand(CallOutcome.WELL,
                "Spoke to Arthur: all well, shopping delivered")));
        assertThat(instance).isEnded().hasPassed("UserTask_SafeAndWellCall", "EndEvent_Closed");
        assertThat(process.safeAndWellCallDue(id)).isFalse();
    }

    @Test
    void pathway_0_safe_and_well_call_lapses_after_72_hours() {
        String id = receive().id();
        ProcessInstance instance = engine.instance(id);
        triage(id, 0);
        As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        assertThat(engine.timers(id).executable().list()).isEmpty();
        moveClock(72 * 60 + 1);
        engine.runDueTimers(id);
        assertThat(instance).isEnded().hasPassed("EndEvent_SafeAndWellLapsed");
        assertThat(process.safeAndWellCallDue(id)).isFalse();
    }

    @Test
    void pathway_1_finds_home_care_by_an_accepted_offer_then_runs_discharge_funding_and_close() {
        String provider = county.homeCareProvider("HC", "25.00");
        String id = receive().id();
        ProcessInstance instance = engine.instance(id);
        triage(id, 1);
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindHomeCare");
        offerAndAccept(id, provider);
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge");
        As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        assertThat(instance).isWaitingAtExactly("SubProcess_FundedPeriod", "UserTask_FundingDecision");
        As.coordinator(() -> funding.decide(id, new FundingCommands.Decision(FundingOutcome.NO_ONGOING_NEEDS,
                TODAY, "Reablement succeeded")));
        assertThat(instance).isWaitingAtExactly("ReceiveTask_AwaitClose");
        As.coordinator(() -> referrals.close(id, new ReferralCommands.Close(TODAY, CloseOutcome.HOME)));
        assertThat(instance).isEnded().hasPassed("UserTask_FindHomeCare", "UserTask_AwaitOfferAnswer",
                "UserTask_FundingDecision", "ReceiveTask_AwaitClose", "EndEvent_EpisodeClosed");
    }

    void offerAndAccept(String id, String provider) {
        county.capacity(provider, locality, TODAY, 40);
        As.coordinator(() -> capacity.offerHomeCare(id, new ReferralCommands.HomeCareAllocation(provider, TODAY)));
        String offer = As.coordinator(() -> homeCare.offersFor(id)).get(0).id();
        As.user("hc", Role.PROVIDER, directory.provider(provider).id(), () -> homeCare.accept(offer));
    }

    @Test
    void pathways_2_and_3_find_a_bed_then_run_discharge_funding_and_close() {
        for (int pathway : new int[] {2, 3}) {
            String bed = bed();
            String id = receive().id();
            ProcessInstance instance = engine.instance(id);
            triage(id, pathway);
            assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindBed");
            As.coordinator(() -> capacity.allocateBed(id, new ReferralCommands.BedAllocation(bed)));
            As.coordinator(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
            As.coordinator(() -> funding.decide(id, new FundingCommands.Decision(FundingOutcome.CHC, TODAY,
                    "Eligible")));
            As.coordinator(() -> referrals.close(id, new ReferralCommands.Close(TODAY, CloseOutcome.LONG_TERM_CARE)));
            assertThat(instance).isEnded().hasPassed("UserTask_FindBed", "EndEvent_EpisodeClosed");
        }
    }

    @Test
    void readmission_before_a_funding_decision_closes_the_episode_and_frees_the_bed() {
        String bed = bed();
        String id = receive().id();
        ProcessInstance instance = engine.instance(id);
        triage(id, 2);
        As.coordinator(() -> capacity.allocateBed(id, new ReferralCommands.BedAllocation(bed)));
        As.coordinator(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        Referral closed = As.coordinator(() -> referrals.close(id,
                new ReferralCommands.Close(TODAY, CloseOutcome.READMITTED)));
        assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(instance).isEnded().hasPassed("EndEvent_ClosedBeforeDecision");

        String next = receive().id();
        triage(next, 2);
        assertThat(As.coordinator(() -> capacity.allocateBed(next, new ReferralCommands.BedAllocation(bed))).status())
                .isEqualTo(ReferralStatus.READY_TO_DISCHARGE);
    }

    @Test
    void cancel_from_each_waiting_state_ends_the_process_and_releases_what_was_held() {
        String provider = county.homeCareProvider("HC", "25.00");
        String bed = bed();
        String awaitingTriage = receive().id();
        String awaitingBed = receive().id();
        triage(awaitingBed, 2);
        String awaitingHomeCare = receive().id();
        triage(awaitingHomeCare, 1);
        String ready = receive().id();
        triage(ready, 3);
        As.coordinator(() -> capacity.allocateBed(ready, new ReferralCommands.BedAllocation(bed)));
        String readyHome = receive().id();
        triage(readyHome, 1);
        offerAndAccept(readyHome, provider);

        for (String id : List.of(awaitingTriage, awaitingBed, awaitingHomeCare, ready, readyHome)) {
            ProcessInstance instance = engine.instance(id);
            Referral cancelled = As.mdt(() -> referrals.cancel(id, new ReferralCommands.Cancel("No longer needed")));
            assertThat(cancelled.status()).isEqualTo(ReferralStatus.CANCELLED);
            assertThat(instance).as(id).isEnded().hasPassed("EndEvent_Cancelled");
        }
        String next = receive().id();
        triage(next, 3);
        assertThat(As.coordinator(() -> capacity.allocateBed(next, new ReferralCommands.BedAllocation(bed))).status())
                .isEqualTo(ReferralStatus.READY_TO_DISCHARGE);
    }

    @Test
    void a_refused_step_leaves_the_process_where_it_was() {
        String id = receive().id();
        triage(id, 2);
        assertThatThrownBy(() -> As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY))))
                .isInstanceOf(ConflictException.class);
        assertThat(engine.instance(id)).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindBed");
        assertThat(As.coordinator(() -> referrals.get(id)).status()).isEqualTo(ReferralStatus.AWAITING_CAPACITY);
    }

    @Test
    void waiting_for_triage_longer_than_two_hours_escalates_to_the_manager_once() {
        String id = receive(TestClock.now().plus(3, ChronoUnit.DAYS)).id();
        moveClock(119);
        assertThat(engine.timers(id).executable().list()).isEmpty();
        moveClock(121);
        engine.runDueTimers(id);
        List<Escalation> raised = As.coordinator(() -> escalations.forReferral(id));
        assertThat(raised).extracting(Escalation::kind).containsExactly(EscalationKind.TRIAGE_OVERDUE);
        assertThat(raised.get(0).detail()).contains("Arthur Dent");
        assertThat(engine.instance(id)).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_Triage")
                .hasPassed("ServiceTask_EscalateTriage");
        moveClock(600);
        assertThat(engine.timers(id).executable().list()).isEmpty();

        Escalation acknowledged = As.manager(() -> escalations.acknowledge(raised.get(0).id(), "Chased the MDT lead"));
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("manager");
        assertThatThrownBy(() -> As.manager(() -> escalations.acknowledge(raised.get(0).id(), "again")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void triage_in_time_means_no_triage_escalation() {
        String id = receive(TestClock.now().plus(3, ChronoUnit.DAYS)).id();
        triage(id, 0);
        moveClock(180);
        engine.runDueTimers(id);
        assertThat(As.coordinator(() -> escalations.forReferral(id))).isEmpty();
        assertThat(engine.instance(id)).hasNotPassed("ServiceTask_EscalateTriage");
    }

    @Test
    void no_bed_that_fits_for_four_hours_escalates_with_the_reason() {
        String id = receive(TestClock.now().plus(3, ChronoUnit.DAYS), true).id();
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(3, BedType.DEMENTIA, null, null, "Dementia")));
        String setting = county.setting("CLOSED", county.bedBasedProvider("BB"), locality, 1, "150.00", true);
        county.bed(setting, "01", "DEMENTIA");
        org.dischargehub.support.Api.as(port, "manager", "manager").put("/api/settings/" + setting + "/admissions",
                java.util.Map.of("accepting", false, "reason", "norovirus outbreak"));
        moveClock(239);
        assertThat(engine.timers(id).executable().list()).isEmpty();
        moveClock(241);
        engine.runDueTimers(id);
        List<Escalation> raised = As.coordinator(() -> escalations.forReferral(id));
        assertThat(raised).extracting(Escalation::kind).contains(EscalationKind.NO_BED);
        assertThat(raised.stream().filter(e -> e.kind() == EscalationKind.NO_BED).findFirst().orElseThrow().detail())
                .contains("closed to admissions (norovirus outbreak)");
        assertThat(engine.instance(id)).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindBed");
    }

    @Test
    void past_the_ready_date_for_a_day_without_discharge_escalates() {
        String id = receive(TestClock.now().minus(1, ChronoUnit.HOURS)).id();
        triage(id, 0);
        moveClock(22 * 60);
        assertThat(engine.timers(id).executable().list()).isEmpty();
        moveClock(23 * 60 + 1);
        engine.runDueTimers(id);
        assertThat(As.coordinator(() -> escalations.forReferral(id))).extracting(Escalation::kind)
                .containsExactly(EscalationKind.DISCHARGE_DELAYED);
        assertThat(engine.instance(id)).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge");
    }

    @Test
    void a_discharge_before_the_delay_limit_cancels_the_delay_timer() {
        String id = receive(TestClock.now().minus(1, ChronoUnit.HOURS)).id();
        triage(id, 0);
        As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        moveClock(48 * 60);
        assertThat(engine.timers(id).executable().list()).isEmpty();
        assertThat(As.coordinator(() -> escalations.forReferral(id))).isEmpty();
    }

    private void moveClock(long minutesFromNow) {
        engine.clockAt(TestClock.now().plus(minutesFromNow, ChronoUnit.MINUTES));
    }
}
