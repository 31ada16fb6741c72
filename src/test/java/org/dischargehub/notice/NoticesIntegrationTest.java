package org.dischargehub.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.security.Role;
import org.dischargehub.shared.HubChange.EscalationRaised;
import org.dischargehub.shared.HubChange.OfferAnswered;
import org.dischargehub.shared.HubChange.ProviderRated;
import org.dischargehub.support.As;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The menu's figures are counted in the database, and each notice names who and what, for the people who act. */
@HubIntegrationTest
class NoticesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    NoticeService notices;
    @Autowired
    HomeCareService homeCare;
    @Autowired
    EscalationService escalations;
    @Autowired
    ReferralCapacityService capacity;
    @Autowired
    DirectoryService directory;

    Hub hub;
    ReferralFactory people;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "NT");
        people = new ReferralFactory(context, hub);
    }

    @Test
    void the_menus_figures_follow_the_offers_and_escalations_in_the_database() {
        Map<String, Long> before = coordinatorsFigures();
        Person offered = people.offered();
        assertThat(asProvider(homeCare::openOfferCount)).isEqualTo(1);
        assertThat(coordinatorsFigures()).containsEntry("board", before.get("board") + 1)
                .containsEntry("escalations", before.get("escalations"));

        Person waiting = people.awaitingBed();
        As.coordinator(() -> capacity.escalateNoBedFits(waiting.id(), "Nothing with a hoist in the locality"));
        assertThat(coordinatorsFigures()).containsEntry("escalations", before.get("escalations") + 1);

        asProvider(() -> homeCare.accept(offered.offer()));
        assertThat(asProvider(homeCare::openOfferCount)).isZero();
        assertThat(coordinatorsFigures()).containsEntry("board", before.get("board"));
        assertThat(As.manager(notices::menuCounts)).extracting(MenuCount::route)
                .containsExactly("board", "escalations", "calls");
        assertThat(As.user("caller", Role.CALLER, null, notices::menuCounts)).extracting(MenuCount::route)
                .containsExactly("calls");
        assertThat(As.mdt(notices::menuCounts)).isEmpty();
    }

    @Test
    void a_coordinator_is_told_who_accepted_whose_package_and_where_to_act() {
        Person accepted = people.packageAccepted();
        OfferAnswered news = new OfferAnswered(accepted.offer(), accepted.id(), hub.homeCare(), "ACCEPTED");

        Notice notice = As.coordinator(() -> notices.about(news)).orElseThrow();

        assertThat(notice.headline()).isEqualTo("Offer accepted");
        assertThat(notice.text()).contains(directory.provider(hub.homeCare()).name(), "Edith Marsh");
        assertThat(notice.link()).isEqualTo("referrals/" + accepted.id());
        assertThat(As.manager(() -> notices.about(news))).as("a manager does not act on offers").isEmpty();
        assertThat(As.coordinator(() -> notices.about(
                new OfferAnswered(accepted.offer(), accepted.id(), hub.homeCare(), "DECLINED")))).isEmpty();
    }

    @Test
    void managers_and_coordinators_are_told_of_escalations_and_red_ratings_only_when_red() {
        Person waiting = people.awaitingBed();
        Long id = As.coordinator(() -> capacity.escalateNoBedFits(waiting.id(), "No bed fits")).id();
        EscalationRaised raised = new EscalationRaised(id, waiting.id(), "NO_BED_FITS");

        assertThat(As.manager(() -> notices.about(raised))).get().extracting(Notice::text).asString()
                .contains("Edith Marsh", "No bed fits");
        assertThat(As.coordinator(() -> notices.about(raised))).get().extracting(Notice::link)
                .isEqualTo("escalations");
        assertThat(As.manager(() -> notices.about(new ProviderRated(hub.homeCare(), "RED")))).get()
                .extracting(Notice::text).asString().contains(directory.provider(hub.homeCare()).name(), "red");
        assertThat(As.manager(() -> notices.about(new ProviderRated(hub.homeCare(), "AMBER")))).isEmpty();
        assertThat(NoticeService.tells(Role.PROVIDER, raised)).isFalse();
        assertThat(NoticeService.tells(Role.MDT, raised)).isFalse();
    }

    private Map<String, Long> coordinatorsFigures() {
        List<MenuCount> counts = As.coordinator(notices::menuCounts);
        return counts.stream().collect(Collectors.toMap(MenuCount::route, MenuCount::count));
    }

    private <T> T asProvider(Supplier<T> work) {
        return As.user(hub.homeCareUsername(), Role.PROVIDER, directory.provider(hub.homeCare()).id(), work);
    }
}
