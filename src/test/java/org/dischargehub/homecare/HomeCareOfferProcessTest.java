package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dischargehub.homecare.HomeCareCommands.Decline;
import org.dischargehub.homecare.HomeCareCommands.HandBack;
import org.dischargehub.referral.Referral;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralEvent;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.referral.process.ReferralProcessEngine;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.support.As;
import org.dischargehub.support.DateSensitive;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The pathway 1 offer loop of discharge-referral.bpmn on the real engine; the expiry timer runs on its clock. */
@DateSensitive
@HubIntegrationTest
class HomeCareOfferProcessTest {

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
    HomeCareService homeCare;
    @Autowired
    ManagementService management;
    @Autowired
    ApplicationContext context;

    HomeCareScene scene;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        scene = new HomeCareScene(context, port, "FIRST", "SECOND");
        first = scene.providers.get(0);
        second = scene.providers.get(1);
    }

    String waitingForHomeCare() {
        return scene.waitingForHomeCare();
    }

    <T> T as(String provider, Supplier<T> work) {
        return scene.as(provider, work);
    }

    OfferRow offer(String id, String provider) {
        As.coordinator(() -> capacity.offerHomeCare(id, new ReferralCommands.HomeCareAllocation(provider, TODAY)));
        return openOffer(id);
    }

    OfferRow openOffer(String id) {
        return As.coordinator(() -> homeCare.offersFor(id)).stream().filter(o -> o.status() == OfferStatus.OPEN)
                .findFirst().orElseThrow();
    }

    BigDecimal free(String provider) {
        return scene.today(provider).hoursFree();
    }

    ReferralEvent lastEvent(String id) {
        List<ReferralEvent> events = As.coordinator(() -> referrals.history(id));
        return events.get(events.size() - 1);
    }

    JobQuery expiryTimer(String id) {
        return engine.timers(id).activityId("BoundaryEvent_OfferExpired");
    }

    @Test
    void an_offer_waits_for_the_provider_and_acceptance_moves_on_to_discharge() {
        String id = waitingForHomeCare();
        ProcessInstance instance = engine.instance(id);
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindHomeCare");
        OfferRow offer = offer(id, first);
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitOfferAnswer");
        assertThat(offer.expiresAt()).isEqualTo(offer.offeredAt().plus(Duration.ofHours(4)));
        assertThat(expiryTimer(id).count()).isEqualTo(1);

        as(first, () -> homeCare.accept(offer.id()));
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge")
                .hasPassed("UserTask_FindHomeCare", "UserTask_AwaitOfferAnswer", "Gateway_OfferAnswer");
        assertThat(expiryTimer(id).count()).isZero();
        Referral ready = As.coordinator(() -> referrals.get(id));
        assertThat(ready.status()).isEqualTo(ReferralStatus.READY_TO_DISCHARGE);
        assertThat(ready.allocation().providerCode()).isEqualTo(first);
        assertThat(free(first)).isEqualByComparingTo("6");
    }

    @Test
    void a_decline_returns_the_process_to_finding_capacity_and_the_next_provider_can_be_offered() {
        String id = waitingForHomeCare();
        ProcessInstance instance = engine.instance(id);
        OfferRow declined = offer(id, first);
        as(first, () -> homeCare.decline(declined.id(), new Decline("No capacity on that round")));
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindHomeCare");
        assertThat(expiryTimer(id).count()).isZero();
        assertThat(lastEvent(id).action()).isEqualTo("OFFER_DECLINED");
        assertThat(lastEvent(id).actor()).isEqualTo("staff-" + first.toLowerCase());
        assertThat(free(first)).isEqualByComparingTo("20");

        OfferRow next = offer(id, second);
        as(second, () -> homeCare.accept(next.id()));
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge");
    }

    @Test
    void an_unanswered_offer_expires_on_the_engines_clock_frees_the_hours_and_records_the_lapse() {
        String id = waitingForHomeCare();
        ProcessInstance instance = engine.instance(id);
        OfferRow offer = offer(id, first);
        assertThat(free(first)).isEqualByComparingTo("6");
        engine.clockAt(offer.expiresAt().minus(1, ChronoUnit.MINUTES));
        assertThat(expiryTimer(id).executable().count()).isZero();
        engine.clockAt(offer.expiresAt().plus(1, ChronoUnit.MINUTES));
        assertThat(expiryTimer(id).executable().count()).isEqualTo(1);
        expiryTimer(id).executable().list().forEach(job -> management.executeJob(job.getId()));

        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindHomeCare")
                .hasPassed("BoundaryEvent_OfferExpired", "ServiceTask_ExpireOffer");
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
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge");
    }

    @Test
    void a_package_handed_back_before_discharge_returns_the_process_to_finding_capacity() {
        String id = waitingForHomeCare();
        OfferRow offer = offer(id, first);
        as(first, () -> homeCare.accept(offer.id()));
        as(first, () -> homeCare.handBack(offer.id(), new HandBack("Staff shortage: covid isolation")));
        assertThat(engine.instance(id)).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindHomeCare")
                .hasPassed("BoundaryEvent_PackageHandedBack");
        assertThat(As.coordinator(() -> referrals.get(id)).urgent()).isTrue();
        assertThat(free(first)).isEqualByComparingTo("20");
    }

    @Test
    void cancelling_while_an_offer_is_open_ends_the_process_without_a_pending_timer_and_frees_the_hours() {
        String id = waitingForHomeCare();
        offer(id, first);
        ProcessInstance instance = engine.instance(id);
        As.mdt(() -> referrals.cancel(id, new ReferralCommands.Cancel("Family will care at home")));
        assertThat(instance).isEnded();
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(free(first)).isEqualByComparingTo("20");
        assertThat(As.coordinator(() -> homeCare.offersFor(id))).extracting(OfferRow::status)
                .containsExactly(OfferStatus.WITHDRAWN);
    }

}
