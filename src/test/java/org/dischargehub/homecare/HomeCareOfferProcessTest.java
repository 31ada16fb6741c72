package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.homecare.HomeCareCommands.Decline;
import org.dischargehub.homecare.HomeCareCommands.HandBack;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralEvent;
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

/** The pathway 1 offer loop of discharge-referral.bpmn on the real engine; the expiry timer runs on its clock. */
@DateSensitive
@HubIntegrationTest
class HomeCareOfferProcessTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralCapacityService capacity;
    @Autowired
    HomeCareService homeCare;
    @Autowired
    HomeCareCapacityService dailyCapacity;
    @Autowired
    DirectoryService directory;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    County county;
    String locality;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        county = new County(port);
        locality = county.locality("L");
        first = county.homeCareProvider("FIRST", "24.00");
        second = county.homeCareProvider("SECOND", "24.00");
        As.coordinator(() -> dailyCapacity.postCapacity(first, TODAY, new CapacityPosting(locality, new BigDecimal("20"))));
        As.coordinator(() -> dailyCapacity.postCapacity(second, TODAY, new CapacityPosting(locality, new BigDecimal("20"))));
    }

    @AfterEach
    void resetClock() {
        TestClock.resetEngineClock();
    }

    String waitingForHomeCare() {
        String id = As.mdt(() -> referrals.receive(new ReferralCommands.NewReferral(People.nhsNumber(), "Arthur",
                "Dent", LocalDate.of(1941, 3, 8), locality, "Westshire General", "Ward 7",
                TestClock.now().plus(2, ChronoUnit.DAYS), false, null))).id();
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(1, null, new BigDecimal("14"), TODAY,
                "Personal care morning and evening")));
        return id;
    }

    OfferRow offer(String id, String provider) {
        As.coordinator(() -> capacity.offerHomeCare(id, new ReferralCommands.HomeCareAllocation(provider, TODAY)));
        return openOffer(id);
    }

    OfferRow openOffer(String id) {
        return As.coordinator(() -> homeCare.offersFor(id)).stream().filter(o -> o.status() == OfferStatus.OPEN)
                .findFirst().orElseThrow();
    }

    <T> T as(String provider, Supplier<T> work) {
        return As.user("staff-" + provider.toLowerCase(), Role.PROVIDER, directory.provider(provider).id(), work);
    }

    BigDecimal free(String provider) {
        return As.coordinator(() -> dailyCapacity.capacity(TODAY, locality)).stream()
                .filter(r -> r.providerCode().equals(provider)).findFirst().orElseThrow().hoursFree();
    }

    List<String> waitingIn(String id) {
        return As.coordinator(() -> referrals.processPosition(id));
    }

    ReferralEvent lastEvent(String id) {
        List<ReferralEvent> events = As.coordinator(() -> referrals.history(id));
        return events.get(events.size() - 1);
    }

    List<String> passedThrough(String id) {
        String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).singleResult()
                .getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    @Test
    void an_offer_waits_for_the_provider_and_acceptance_moves_on_to_discharge() {
        String id = waitingForHomeCare();
        assertThat(waitingIn(id)).containsExactly("Find home-care capacity");
        OfferRow offer = offer(id, first);
        assertThat(waitingIn(id)).containsExactly("Offer awaiting the provider's answer");
        assertThat(offer.expiresAt()).isEqualTo(offer.offeredAt().plus(Duration.ofHours(4)));
        assertThat(timers(id)).hasSize(1);

        as(first, () -> homeCare.accept(offer.id()));
        assertThat(waitingIn(id)).containsExactly("Ready to discharge");
        assertThat(timers(id)).isEmpty();
        assertThat(passedThrough(id)).contains("UserTask_FindHomeCare", "UserTask_AwaitOfferAnswer",
                "Gateway_OfferAnswer", "UserTask_AwaitDischarge");
        Referral ready = As.coordinator(() -> referrals.get(id));
        assertThat(ready.status()).isEqualTo(ReferralStatus.READY_TO_DISCHARGE);
        assertThat(ready.allocation().providerCode()).isEqualTo(first);
        assertThat(free(first)).isEqualByComparingTo("6");
    }

    @Test
    void a_decline_returns_the_process_to_finding_capacity_and_the_next_provider_can_be_offered() {
        String id = waitingForHomeCare();
        OfferRow declined = offer(id, first);
        as(first, () -> homeCare.decline(declined.id(), new Decline("No capacity on that round")));
        assertThat(waitingIn(id)).containsExactly("Find home-care capacity");
        assertThat(timers(id)).isEmpty();
        assertThat(lastEvent(id).action()).isEqualTo("OFFER_DECLINED");
        assertThat(lastEvent(id).actor()).isEqualTo("staff-" + first.toLowerCase());
        assertThat(free(first)).isEqualByComparingTo("20");

        OfferRow next = offer(id, second);
        as(second, () -> homeCare.accept(next.id()));
        assertThat(waitingIn(id)).containsExactly("Ready to discharge");
    }

    @Test
    void an_unanswered_offer_expires_on_the_engines_clock_frees_the_hours_and_records_the_lapse() {
        String id = waitingForHomeCare();
        OfferRow offer = offer(id, first);
        assertThat(free(first)).isEqualByComparingTo("6");
        moveClockTo(offer.expiresAt().minus(1, ChronoUnit.MINUTES));
        assertThat(executableTimers(id)).isEmpty();
        moveClockTo(offer.expiresAt().plus(1, ChronoUnit.MINUTES));
        assertThat(executableTimers(id)).hasSize(1);
        executableTimers(id).forEach(job -> management.executeJob(job.getId()));

        assertThat(waitingIn(id)).containsExactly("Find home-care capacity");
        assertThat(passedThrough(id)).contains("BoundaryEvent_OfferExpired", "ServiceTask_ExpireOffer");
        assertThat(As.coordinator(() -> referrals.get(id)).status()).isEqualTo(ReferralStatus.AWAITING_CAPACITY);
        assertThat(As.coordinator(() -> homeCare.offersFor(id))).extracting(OfferRow::status)
                .containsExactly(OfferStatus.EXPIRED);
        assertThat(free(first)).isEqualByComparingTo("20");
        ReferralEvent lapse = lastEvent(id);
        assertThat(lapse.action()).isEqualTo("OFFER_EXPIRED");
        assertThat(lapse.actor()).isEqualTo("system");
        assertThat(lapse.detail()).contains(first, "let the offer lapse");
        assertThatThrownBy(() -> as(first, () -> homeCare.accept(offer.id()))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("expired");

        OfferRow next = offer(id, second);
        as(second, () -> homeCare.accept(next.id()));
        assertThat(waitingIn(id)).containsExactly("Ready to discharge");
    }

    @Test
    void a_package_handed_back_before_discharge_returns_the_process_to_finding_capacity() {
        String id = waitingForHomeCare();
        OfferRow offer = offer(id, first);
        as(first, () -> homeCare.accept(offer.id()));
        as(first, () -> homeCare.handBack(offer.id(), new HandBack("Staff shortage: covid isolation")));
        assertThat(waitingIn(id)).containsExactly("Find home-care capacity");
        assertThat(passedThrough(id)).contains("BoundaryEvent_PackageHandedBack");
        assertThat(As.coordinator(() -> referrals.get(id)).urgent()).isTrue();
        assertThat(free(first)).isEqualByComparingTo("20");
    }

    @Test
    void cancelling_while_an_offer_is_open_ends_the_process_without_a_pending_timer_and_frees_the_hours() {
        String id = waitingForHomeCare();
        offer(id, first);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        As.mdt(() -> referrals.cancel(id, new ReferralCommands.Cancel("Family will care at home")));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
        assertThat(free(first)).isEqualByComparingTo("20");
        assertThat(As.coordinator(() -> homeCare.offersFor(id))).extracting(OfferRow::status)
                .containsExactly(OfferStatus.WITHDRAWN);
    }

    private void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private List<Job> timers(String id) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId("BoundaryEvent_OfferExpired").list();
    }

    private List<Job> executableTimers(String id) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).activityId("BoundaryEvent_OfferExpired")
                .executable().list();
    }
}
