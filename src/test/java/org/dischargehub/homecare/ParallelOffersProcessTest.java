package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.dischargehub.homecare.HomeCareCommands.Decline;
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

/** Offers to several providers at once in discharge-referral.bpmn: one instance, one wait, one expiry timer. */
@DateSensitive
@HubIntegrationTest
class ParallelOffersProcessTest {

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
    RuntimeService runtime;
    @Autowired
    ApplicationContext context;

    HomeCareScene scene;
    String first;
    String second;
    String third;

    @BeforeEach
    void setUp() {
        scene = new HomeCareScene(context, port, "FIRST", "SECOND", "THIRD");
        first = scene.providers.get(0);
        second = scene.providers.get(1);
        third = scene.providers.get(2);
    }

    String waitingForHomeCare() {
        return scene.waitingForHomeCare();
    }

    <T> T as(String provider, Supplier<T> work) {
        return scene.as(provider, work);
    }

    List<OfferRow> offerToAll(String id) {
        As.coordinator(() -> capacity.offerHomeCare(id, new ReferralCommands.HomeCareAllocations(
                List.of(first, second, third), TODAY)));
        return As.coordinator(() -> homeCare.offersFor(id));
    }

    OfferRow offerOf(List<OfferRow> offers, String provider) {
        return offers.stream().filter(o -> o.providerCode().equals(provider)).findFirst().orElseThrow();
    }

    List<OfferStatus> statuses(String id) {
        return As.coordinator(() -> homeCare.offersFor(id)).stream()
                .sorted(Comparator.comparing(OfferRow::providerCode)).map(OfferRow::status).toList();
    }

    BigDecimal offered(String provider) {
        return scene.today(provider).hoursOffered();
    }

    JobQuery expiryTimer(String id) {
        return engine.timers(id).activityId("BoundaryEvent_OfferExpired");
    }

    long instances(String id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count();
    }

    @Test
    void offers_to_three_providers_wait_in_one_instance_with_one_timer_and_a_decline_of_one_does_not_move_it() {
        String id = waitingForHomeCare();
        ProcessInstance instance = engine.instance(id);
        List<OfferRow> offers = offerToAll(id);
        assertThat(offers).hasSize(3).allSatisfy(o -> assertThat(o.expiresAt()).isEqualTo(offers.get(0).expiresAt()));
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitOfferAnswer");
        assertThat(expiryTimer(id).count()).isEqualTo(1);

        as(first, () -> homeCare.decline(offerOf(offers, first).id(), new Decline("Full")));
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitOfferAnswer");
        assertThat(expiryTimer(id).count()).isEqualTo(1);
        assertThat(As.coordinator(() -> referrals.get(id)).status()).isEqualTo(ReferralStatus.OFFERED);

        as(second, () -> homeCare.accept(offerOf(offers, second).id()));
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitDischarge");
        assertThat(expiryTimer(id).count()).isZero();
        assertThat(instances(id)).isEqualTo(1);
        assertThat(statuses(id)).containsExactly(OfferStatus.DECLINED, OfferStatus.ACCEPTED, OfferStatus.WITHDRAWN);
        assertThat(offered(third)).isEqualByComparingTo("0");
    }

    @Test
    void the_timer_expires_every_offer_still_open_leaves_a_declined_one_alone_and_returns_to_finding_capacity() {
        String id = waitingForHomeCare();
        ProcessInstance instance = engine.instance(id);
        List<OfferRow> offers = offerToAll(id);
        as(first, () -> homeCare.decline(offerOf(offers, first).id(), new Decline(null)));

        engine.clockAt(offers.get(0).expiresAt().minus(1, ChronoUnit.MINUTES));
        assertThat(expiryTimer(id).executable().count()).isZero();
        engine.clockAt(offers.get(0).expiresAt().plus(1, ChronoUnit.MINUTES));
        engine.runDueTimers(id);

        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindHomeCare")
                .hasPassed("BoundaryEvent_OfferExpired", "ServiceTask_ExpireOffer");
        assertThat(statuses(id)).containsExactly(OfferStatus.DECLINED, OfferStatus.EXPIRED, OfferStatus.EXPIRED);
        assertThat(As.coordinator(() -> referrals.get(id)).status()).isEqualTo(ReferralStatus.AWAITING_CAPACITY);
        for (String provider : List.of(first, second, third)) {
            assertThat(offered(provider)).isEqualByComparingTo("0");
        }
        List<ReferralEvent> history = As.coordinator(() -> referrals.history(id));
        assertThat(history.stream().filter(e -> e.action().equals("OFFER_EXPIRED"))).hasSize(2)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("system"));
        assertThat(history.get(history.size() - 1).detail()).contains("let the offer lapse")
                .doesNotContain("still open");
        assertThat(instances(id)).isEqualTo(1);

        As.coordinator(() -> capacity.offerHomeCare(id, new ReferralCommands.HomeCareAllocations(List.of(third),
                TODAY)));
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_AwaitOfferAnswer");
    }

    @Test
    void a_timer_of_offers_already_withdrawn_by_an_accept_is_gone_and_cannot_touch_the_package() {
        String id = waitingForHomeCare();
        List<OfferRow> offers = offerToAll(id);
        as(third, () -> homeCare.accept(offerOf(offers, third).id()));
        engine.clockAt(offers.get(0).expiresAt().plus(1, ChronoUnit.HOURS));
        assertThat(expiryTimer(id).count()).isZero();
        engine.runDueTimers(id);
        assertThat(statuses(id)).containsExactly(OfferStatus.WITHDRAWN, OfferStatus.WITHDRAWN, OfferStatus.ACCEPTED);
        assertThat(As.coordinator(() -> referrals.get(id)).status()).isEqualTo(ReferralStatus.READY_TO_DISCHARGE);
        assertThat(catchThrowable(() -> homeCare.expireOpenOffers(id)))
                .isInstanceOf(ConflictException.class);
        assertThat(statuses(id)).containsExactly(OfferStatus.WITHDRAWN, OfferStatus.WITHDRAWN, OfferStatus.ACCEPTED);
    }

    @Test
    void an_instance_that_waits_since_before_parallel_offers_still_expires_its_one_offer() {
        String id = waitingForHomeCare();
        As.coordinator(() -> capacity.offerHomeCare(id, new ReferralCommands.HomeCareAllocation(first, TODAY)));
        OfferRow offer = As.coordinator(() -> homeCare.offersFor(id)).get(0);
        ProcessInstance instance = engine.instance(id);
        runtime.setVariable(instance.getId(), "offerId", offer.id());
        runtime.setVariable(instance.getId(), "offerIds", "an id list an older version wrote, ignored now");

        engine.clockAt(offer.expiresAt().plus(1, ChronoUnit.MINUTES));
        engine.runDueTimers(id);
        assertThat(instance).isWaitingAtExactly("SubProcess_BeforeDischarge", "UserTask_FindHomeCare");
        assertThat(statuses(id)).containsExactly(OfferStatus.EXPIRED);
        assertThat(offered(first)).isEqualByComparingTo("0");
    }
}
