package org.dischargehub.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.shared.HubChange.EscalationRaised;
import org.dischargehub.shared.HubChange.OfferAnswered;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.SecondNode;
import org.dischargehub.ui.LiveUpdates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** What happens on one node becomes a notice, and moves the menu's figures, on the other. */
@HubIntegrationTest
class NoticesClusterTest {

    @RegisterExtension
    static final SecondNode nodeB = SecondNode.onTheSameDatabase("nodeB");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    LiveUpdates liveUpdatesOnA;
    @Autowired
    NoticeService noticesOnA;

    final List<Object> seenOnA = new CopyOnWriteArrayList<>();
    com.vaadin.flow.shared.Registration subscription;

    @AfterEach
    void unsubscribe() {
        subscription.remove();
    }

    @Test
    void an_offer_accepted_and_an_escalation_raised_through_node_b_become_notices_and_counts_on_node_a() {
        subscription = liveUpdatesOnA.listen(seenOnA::add);
        Hub hub = Hub.on(port, "NC");
        ReferralFactory people = new ReferralFactory(context, hub);
        Person offered = people.offered();
        Person waiting = people.awaitingBed();
        long offersOut = As.coordinator(() -> count("board"));
        long escalationsOpen = As.coordinator(() -> count("escalations"));

        assertThat(Api.as(nodeB.port(), hub.homeCareUsername(), County.password())
                .post("/api/offers/" + offered.offer() + "/accept", null).status()).isEqualTo(200);
        assertThat(Api.as(nodeB.port(), "coordinator", "coordinator").post("/api/referrals/" + waiting.id()
                + "/escalation", Map.of("reason", "Nothing with a hoist")).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).until(() -> seenOnA.stream().anyMatch(change ->
                change instanceof OfferAnswered answered && answered.offerId().equals(offered.offer()))
                && seenOnA.stream().anyMatch(change ->
                change instanceof EscalationRaised raised && waiting.id().equals(raised.referralId())));
        Object accepted = seenOnA.stream().filter(OfferAnswered.class::isInstance).filter(change ->
                ((OfferAnswered) change).offerId().equals(offered.offer())).findFirst().orElseThrow();
        assertThat(As.coordinator(() -> noticesOnA.about(accepted))).get().extracting(Notice::text).asString()
                .contains("accepted the home-care package for Edith Marsh");
        assertThat(As.coordinator(() -> count("board"))).isEqualTo(offersOut - 1);
        assertThat(As.coordinator(() -> count("escalations"))).isEqualTo(escalationsOpen + 1);
    }

    private long count(String route) {
        return noticesOnA.menuCounts().stream().filter(count -> count.route().equals(route)).findFirst()
                .orElseThrow().count();
    }
}
