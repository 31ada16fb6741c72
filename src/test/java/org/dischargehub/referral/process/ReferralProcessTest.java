package org.dischargehub.referral.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.dischargehub.beds.BedType;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every path of discharge-referral.bpmn on the real engine; timers are driven by the engine's clock. */
@DateSensitive
@HubIntegrationTest
class ReferralProcessTest {

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
    ManagementService management;
    @Autowired
    HistoryService history;
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

    @AfterEach
    void resetClock() {
        TestClock.resetEngineClock();
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

    List<String> waitingIn(String id) {
        return As.coordinator(() -> referrals.processPosition(id));
    }

    boolean ended(String id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count() == 0
                && history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).finished().count() == 1;
    }

    List<String> passedThrough(String id) {
        String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    @Test
    void a_referral_starts_one_process_instance_keyed_by_its_id_waiting_for_mdt_triage() {
        Referral referral = receive();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(referral.id()).count()).isEqualTo(1);
        assertThat(waitingIn(referral.id())).containsExactly("MDT triage");
        assertThat(runtime.getVariables(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(referral.id()).singleResult().getId()).keySet())
                .containsExactlyInAnyOrder("triageEscalationAfter", "dischargeEscalationAt", "noBedEscalationAfter");
    }

    @Test
    void pathway_0_discharges_then_offers_a_safe_and_well_call_and_closes() {
        String id = receive().id();
        triage(id, 0);
        assertThat(waitingIn(id)).containsExactly("Ready to discharge");
        As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        assertThat(waitingIn(id)).containsExactly("Safe and well call (optional)");
        As.coordinator(() -> referrals.recordSafeAndWellCall(id, "Spoke to Arthur: all well, shopping delivered"));
        assertThat(ended(id)).isTrue();
        assertThat(passedThrough(id)).contains("UserTask_SafeAndWellCall", "EndEvent_Closed");
    }

    @Test
    void pathway_0_safe_and_well_call_lapses_after_72_hours() {
        String id = receive().id();
        triage(id, 0);
        As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        assertThat(executableTimers(id)).isEmpty();
        moveClock(72 * 60 + 1);
        executeTimers(id);
        assertThat(ended(id)).isTrue();
        assertThat(passedThrough(id)).contains("EndEvent_SafeAndWellLapsed");
    }

    @Test
    void pathway_1_finds_home_care_by_an_accepted_offer_then_runs_discharge_funding_and_close() {
        String provider = county.homeCareProvider("HC", "25.00");
        String id = receive().id();
        triage(id, 1);
        assertThat(waitingIn(id)).containsExactly("Find home-care capacity");
        offerAndAccept(id, provider);
        assertThat(waitingIn(id)).containsExactly("Ready to discharge");
        As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        assertThat(waitingIn(id)).containsExactly("Record funding decision");
        As.coordinator(() -> funding.decide(id, new FundingCommands.Decision(FundingOutcome.NO_ONGOING_NEEDS,
                TODAY, "Reablement succeeded")));
        assertThat(waitingIn(id)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
        As.coordinator(() -> referrals.close(id, new ReferralCommands.Close(TODAY, CloseOutcome.HOME)));
        assertThat(ended(id)).isTrue();
        assertThat(passedThrough(id)).contains("UserTask_FindHomeCare", "UserTask_AwaitOfferAnswer",
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
            triage(id, pathway);
            assertThat(waitingIn(id)).containsExactly("Find a bed");
            As.coordinator(() -> capacity.allocateBed(id, new ReferralCommands.BedAllocation(bed)));
            As.coordinator(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
            As.coordinator(() -> funding.decide(id, new FundingCommands.Decision(FundingOutcome.CHC, TODAY,
                    "Eligible")));
            As.coordinator(() -> referrals.close(id, new ReferralCommands.Close(TODAY, CloseOutcome.LONG_TERM_CARE)));
            assertThat(ended(id)).isTrue();
            assertThat(passedThrough(id)).contains("UserTask_FindBed", "EndEvent_EpisodeClosed");
        }
    }

    @Test
    void readmission_before_a_funding_decision_closes_the_episode_and_frees_the_bed() {
        String bed = bed();
        String id = receive().id();
        triage(id, 2);
        As.coordinator(() -> capacity.allocateBed(id, new ReferralCommands.BedAllocation(bed)));
        As.coordinator(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        Referral closed = As.coordinator(() -> referrals.close(id,
                new ReferralCommands.Close(TODAY, CloseOutcome.READMITTED)));
        assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(ended(id)).isTrue();
        assertThat(passedThrough(id)).contains("EndEvent_ClosedBeforeDecision");

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
            Referral cancelled = As.mdt(() -> referrals.cancel(id, new ReferralCommands.Cancel("No longer needed")));
            assertThat(cancelled.status()).isEqualTo(ReferralStatus.CANCELLED);
            assertThat(ended(id)).as(id).isTrue();
            assertThat(passedThrough(id)).contains("EndEvent_Cancelled");
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
        assertThat(waitingIn(id)).containsExactly("Find a bed");
        assertThat(As.coordinator(() -> referrals.get(id)).status()).isEqualTo(ReferralStatus.AWAITING_CAPACITY);
    }

    @Test
    void waiting_for_triage_longer_than_two_hours_escalates_to_the_manager_once() {
        String id = receive(TestClock.now().plus(3, ChronoUnit.DAYS)).id();
        moveClock(119);
        assertThat(executableTimers(id)).isEmpty();
        moveClock(121);
        executeTimers(id);
        List<Escalation> raised = As.coordinator(() -> escalations.forReferral(id));
        assertThat(raised).extracting(Escalation::kind).containsExactly(EscalationKind.TRIAGE_OVERDUE);
        assertThat(raised.get(0).detail()).contains("Arthur Dent");
        assertThat(waitingIn(id)).containsExactly("MDT triage");
        moveClock(600);
        assertThat(executableTimers(id)).isEmpty();

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
        executeTimers(id);
        assertThat(As.coordinator(() -> escalations.forReferral(id))).isEmpty();
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
        assertThat(executableTimers(id)).isEmpty();
        moveClock(241);
        executeTimers(id);
        List<Escalation> raised = As.coordinator(() -> escalations.forReferral(id));
        assertThat(raised).extracting(Escalation::kind).contains(EscalationKind.NO_BED);
        assertThat(raised.stream().filter(e -> e.kind() == EscalationKind.NO_BED).findFirst().orElseThrow().detail())
                .contains("closed to admissions (norovirus outbreak)");
        assertThat(waitingIn(id)).containsExactly("Find a bed");
    }

    @Test
    void past_the_ready_date_for_a_day_without_discharge_escalates() {
        String id = receive(TestClock.now().minus(1, ChronoUnit.HOURS)).id();
        triage(id, 0);
        moveClock(22 * 60);
        assertThat(executableTimers(id)).isEmpty();
        moveClock(23 * 60 + 1);
        executeTimers(id);
        assertThat(As.coordinator(() -> escalations.forReferral(id))).extracting(Escalation::kind)
                .containsExactly(EscalationKind.DISCHARGE_DELAYED);
        assertThat(waitingIn(id)).containsExactly("Ready to discharge");
    }

    @Test
    void a_discharge_before_the_delay_limit_cancels_the_delay_timer() {
        String id = receive(TestClock.now().minus(1, ChronoUnit.HOURS)).id();
        triage(id, 0);
        As.mdt(() -> referrals.discharge(id, new ReferralCommands.Discharge(TODAY)));
        moveClock(48 * 60);
        assertThat(executableTimers(id)).isEmpty();
        assertThat(As.coordinator(() -> escalations.forReferral(id))).isEmpty();
    }

    private void moveClock(long minutesFromNow) {
        ClockUtil.setCurrentTime(Date.from(TestClock.now().plus(minutesFromNow, ChronoUnit.MINUTES)));
    }

    private List<Job> executableTimers(String id) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).timers().executable().list();
    }

    private void executeTimers(String id) {
        executableTimers(id).forEach(job -> management.executeJob(job.getId()));
    }
}
