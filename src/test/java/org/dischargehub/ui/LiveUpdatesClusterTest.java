package org.dischargehub.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dischargehub.platform.ClusterNotifications;
import org.dischargehub.referral.ReferralStatus;
import org.dischargehub.shared.HubChange.BedsChanged;
import org.dischargehub.shared.HubChange.ReferralChanged;
import org.dischargehub.support.Api;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.SecondNode;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A change committed on one hub node reaches the open views of the other node on the same database. */
@HubIntegrationTest
class LiveUpdatesClusterTest {

    @RegisterExtension
    static final SecondNode nodeB = SecondNode.onTheSameDatabase("nodeB");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LiveUpdates liveUpdatesOnA;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    final List<Object> seenOnA = new CopyOnWriteArrayList<>();
    final List<Object> seenOnB = new CopyOnWriteArrayList<>();
    final List<com.vaadin.flow.shared.Registration> subscriptions = new CopyOnWriteArrayList<>();
    String locality;

    @BeforeEach
    void setUp() {
        subscriptions.add(liveUpdatesOnA.listen(seenOnA::add));
        subscriptions.add(nodeB.context().getBean(LiveUpdates.class).listen(seenOnB::add));
        locality = new County(port).locality("LIVE");
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(com.vaadin.flow.shared.Registration::remove);
    }

    @Test
    void a_referral_made_through_node_as_api_reaches_a_subscriber_on_node_b_once_and_node_a_hears_it_once() {
        String id = refer(port);

        ReferralChanged expected = new ReferralChanged(id, ReferralStatus.AWAITING_TRIAGE.name());
        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnB.contains(expected));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                seenOnB.stream().filter(expected::equals).count() == 1
                        && seenOnA.stream().filter(expected::equals).count() == 1);
    }

    @Test
    void the_changes_of_one_transaction_reach_node_b_in_order_after_it_commits_and_a_rolled_back_ones_never() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<BedsChanged> committed = List.of(new BedsChanged("CLUSTER-1", "CLUSTER-1-01"),
                new BedsChanged("CLUSTER-1", "CLUSTER-1-02"), new BedsChanged("CLUSTER-1", null));
        BedsChanged rolledBack = new BedsChanged("CLUSTER-2", null);

        transaction.executeWithoutResult(status -> {
            events.publishEvent(rolledBack);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> {
            committed.forEach(events::publishEvent);
            assertThat(seenOnB).as("nothing travels before the commit").doesNotContainAnyElementsOf(committed);
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnB.containsAll(committed));
        assertThat(seenOnB.stream().filter(committed::contains)).containsExactlyElementsOf(committed);
        assertThat(seenOnB).doesNotContain(rolledBack);
    }

    @Test
    void a_triage_on_node_b_reaches_node_a_as_the_record_node_b_committed() {
        String id = refer(nodeB.port());
        Api.as(nodeB.port(), "mdt", "mdt").post("/api/referrals/" + id + "/triage",
                Map.of("pathway", 2, "bedType", "NURSING", "rationale", "Rehab"));

        await().atMost(Duration.ofSeconds(5)).until(() ->
                seenOnA.contains(new ReferralChanged(id, ReferralStatus.AWAITING_CAPACITY.name())));
    }

    @Test
    void live_updates_resume_after_the_listening_connections_are_cut_and_every_view_redraws() {
        List<Integer> cut = jdbc.queryForList("select pid from pg_stat_activity where application_name = ?",
                Integer.class, ClusterNotifications.LISTENER_NAME);
        assertThat(cut).as("one listening connection per node").hasSize(2);
        jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?",
                Boolean.class, ClusterNotifications.LISTENER_NAME);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("""
                select pid from pg_stat_activity where application_name = ? and query ilike 'listen%'""",
                Integer.class, ClusterNotifications.LISTENER_NAME).stream().filter(pid -> !cut.contains(pid)).count() == 2);
        // what the other node sent while the line was down is lost: every open view on both nodes redraws
        await().atMost(Duration.ofSeconds(5)).until(() -> seenOnA.contains(new ChangesMayHaveBeenMissed())
                && seenOnB.contains(new ChangesMayHaveBeenMissed()));
        String id = refer(port);

        await().atMost(Duration.ofSeconds(5)).until(() ->
                seenOnB.contains(new ReferralChanged(id, ReferralStatus.AWAITING_TRIAGE.name())));
    }

    @Test
    void a_referral_triaged_through_node_as_api_moves_on_node_bs_hub_board_without_a_reload() {
        Map<String, Object> person = People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS));
        String familyName = "Cluster" + locality.replaceAll("[^A-Z0-9]", "");
        person.put("familyName", familyName);
        String id = Api.as(port, "mdt", "mdt").post("/api/referrals", person).json().path("id").asText();

        try (Browser board = Browser.laptop(nodeB.port())) {
            board.signIn("coordinator", "coordinator");
            board.open("/board");
            board.waitFor(By.cssSelector("#board-search input")).sendKeys(familyName);
            await().atMost(Duration.ofSeconds(30)).until(() -> counts(board).contains("awaiting triage: 1"));
            ((JavascriptExecutor) board.driver).executeScript("window.hubNotReloaded = true;");

            Api.as(port, "mdt", "mdt").post("/api/referrals/" + id + "/triage",
                    Map.of("pathway", 2, "bedType", "NURSING", "rationale", "Rehab"));

            await().atMost(Duration.ofSeconds(10)).until(() -> counts(board).contains("awaiting triage: 0")
                    && counts(board).contains("awaiting capacity: 1"));
            assertThat(((JavascriptExecutor) board.driver).executeScript("return window.hubNotReloaded === true"))
                    .as("node B's board moved by push, not by reloading the page").isEqualTo(true);
            board.screenshot("hub-board-node-b-after-triage-on-node-a");
        }
    }

    private String refer(int node) {
        Api.Response created = Api.as(node, "mdt", "mdt").post("/api/referrals",
                People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static String counts(Browser browser) {
        return browser.driver.findElements(By.id("board-counts")).stream().map(e -> e.getText()).findFirst().orElse("");
    }
}
