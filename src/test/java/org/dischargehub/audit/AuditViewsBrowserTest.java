package org.dischargehub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.handover.ContactCommand;
import org.dischargehub.handover.HandoverService;
import org.dischargehub.referral.ReferralCommands.Triage;
import org.dischargehub.referral.ReferralEscalations;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.SystemUser;
import org.dischargehub.support.As;
import org.dischargehub.support.Browser;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * Walks every route Vaadin has registered. A route either shows no person's record (the short list below) or is
 * opened here in Chromium, signed in as someone who may see it, on a page that shows a known person, and the audit
 * must then hold a row naming that person by that user. A new route is on neither list, so this test fails until
 * someone decides which it is.
 */
@HubIntegrationTest
class AuditViewsBrowserTest {

    static final Set<String> NO_PERSON = Set.of("", "login", "dashboard", "sitrep", "plan-for-winter",
            "home-care-capacity", "my-capacity", "provider-risk", "my-status", "referrals/new", "directory/localities",
            "directory/providers", "directory/schemes", "directory/settings", "directory/delay-reasons",
            "directory/users");

    /** A page to open as a user; nhsNumber null: any row by the user (the audit page logs its own search). */
    record Visit(String username, String password, String path, String nhsNumber) {
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext web;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralEscalations escalations;
    @Autowired
    HandoverService handovers;

    @Test
    void every_page_showing_a_persons_record_leaves_an_audit_row_naming_the_person_and_the_user() {
        ReferralFactory story = new ReferralFactory(context, Hub.on(port, "WALK"));
        Map<String, Function<ReferralFactory, Visit>> visits = visits();
        Set<String> routes = new TreeSet<>();
        for (RouteData route : ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()))
                .getRegisteredRoutes()) {
            routes.add(route.getTemplate());
        }
        assertThat(routes).contains("board", "referrals/:id");

        Set<String> undecided = new TreeSet<>(routes);
        undecided.removeAll(NO_PERSON);
        undecided.removeAll(visits.keySet());
        assertThat(undecided).as("routes neither listed as showing no person nor walked here").isEmpty();
        assertThat(routes).as("walked or listed routes that no longer exist").containsAll(visits.keySet())
                .containsAll(NO_PERSON);

        List<Visit> planned = visits.values().stream().map(v -> v.apply(story)).toList();
        List<String> unaudited = new ArrayList<>();
        Map<String, Browser> browsers = new LinkedHashMap<>();
        try {
            for (Visit visit : planned) {
                Browser browser = browsers.computeIfAbsent(visit.username(),
                        user -> Browser.laptop(port).signIn(user, visit.password()));
                long mark = jdbc.sql("select coalesce(max(id), 0) from hub.audit_event").query(Long.class).single();
                browser.open(visit.path());
                try {
                    Awaitility.await().atMost(Duration.ofSeconds(45)).until(() -> rows(visit, mark) > 0);
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    browser.screenshot("audit-walk-" + visit.path().replaceAll("[^a-z0-9]", "-"));
                    unaudited.add(visit.path() + " as " + visit.username());
                }
            }
        } finally {
            browsers.values().forEach(Browser::close);
        }
        assertThat(unaudited).as("pages showing a person that left no audit row").isEmpty();
    }

    @Test
    void a_page_the_role_may_not_open_is_refused_and_the_refusal_is_audited() {
        ReferralFactory story = new ReferralFactory(context, Hub.on(port, "WALK"));
        long mark = jdbc.sql("select coalesce(max(id), 0) from hub.audit_event").query(Long.class).single();
        try (Browser browser = Browser.laptop(port).signIn(story.hub.homeCareUsername(), County.password())) {
            browser.open("/board");
            Awaitility.await().atMost(Duration.ofSeconds(45)).until(() -> jdbc.sql("select count(*) from "
                    + "hub.audit_event where id > :mark and username = :user and action = 'ACCESS_DENIED' "
                    + "and record_type = 'PAGE' and record_id = 'board'").param("mark", mark)
                    .param("user", story.hub.homeCareUsername()).query(Long.class).single() == 1);
            assertThat(browser.driver.getPageSource()).doesNotContain("Hub board</h2>");
        }
    }

    private long rows(Visit visit, long mark) {
        return jdbc.sql("select count(*) from hub.audit_event where id > :mark and username = :user"
                        + (visit.nhsNumber() == null ? "" : " and nhs_number = '" + visit.nhsNumber() + "'"))
                .param("mark", mark).param("user", visit.username()).query(Long.class).single();
    }

    private Map<String, Function<ReferralFactory, Visit>> visits() {
        Map<String, Function<ReferralFactory, Visit>> v = new LinkedHashMap<>();
        // the board shows a page at a time, most urgent first: the search puts the person on the first page
        v.put("board", s -> {
            Person person = s.awaitingTriage();
            return new Visit("coordinator", "coordinator", "/board?search=" + person.nhsNumber(), person.nhsNumber());
        });
        v.put("mdt", s -> new Visit("mdt", "mdt", "/mdt", s.awaitingTriage().nhsNumber()));
        v.put("referrals/:id", s -> {
            Person person = s.awaitingTriage();
            return new Visit("mdt", "mdt", "/referrals/" + person.id(), person.nhsNumber());
        });
        v.put("referrals/:id/summary", s -> {
            Person person = s.holdingABed();
            return new Visit("coordinator", "coordinator", "/referrals/" + person.id() + "/summary",
                    person.nhsNumber());
        });
        v.put("beds", s -> new Visit("coordinator", "coordinator", "/beds", s.holdingABed().nhsNumber()));
        v.put("my-beds", s -> {
            String provider = s.hub.county.bedBasedProvider("WALKBB");
            String bed = s.hub.county.bed(s.hub.county.setting("WALKS", provider, s.hub.locality(), 1, "150.00",
                    false), "01", "REHAB");
            Person person = s.awaitingBed();
            assertThat(s.hub.coordinator.post("/api/referrals/" + person.id() + "/allocation",
                    Map.of("bedCode", bed)).status()).isBetween(200, 201);
            return new Visit(s.hub.county.user("walk-beds", "PROVIDER", provider), County.password(), "/my-beds",
                    person.nhsNumber());
        });
        v.put("d2a", s -> new Visit("coordinator", "coordinator", "/d2a", s.discharged().nhsNumber()));
        v.put("my-offers", s -> new Visit(s.hub.homeCareUsername(), County.password(), "/my-offers",
                s.offered().nhsNumber()));
        v.put("my-people", s -> new Visit(s.hub.homeCareUsername(), County.password(), "/my-people",
                s.packageAccepted().nhsNumber()));
        v.put("referrals/:id/contact", s -> {
            Person person = s.awaitingTriage();
            return new Visit("mdt", "mdt", "/referrals/" + person.id() + "/contact", person.nhsNumber());
        });
        v.put("referrals/:id/letters", s -> {
            Person person = s.awaitingBed();
            return new Visit("coordinator", "coordinator", "/referrals/" + person.id() + "/letters",
                    person.nhsNumber());
        });
        v.put("escalations", s -> {
            Person person = s.awaitingTriage();
            SystemUser.run(() -> escalations.escalate(person.id(), EscalationKind.TRIAGE_OVERDUE));
            return new Visit("manager", "manager", "/escalations", person.nhsNumber());
        });
        v.put("calls", s -> {
            Person person = s.triagedToPathway(0);
            As.mdt(() -> referrals.discharge(person.id(), new ReferralCommands.Discharge(TestClock.today())));
            return new Visit("caller", "caller", "/calls", person.nhsNumber());
        });
        v.put("recharges", s -> new Visit("manager", "manager", "/recharges?month="
                + java.time.YearMonth.from(TestClock.today()), s.discharged().nhsNumber()));
        v.put("messages", s -> {
            Person person = s.awaitingTriage();
            As.mdt(() -> handovers.recordContact(person.id(), new ContactCommand("1 Elm Road, Westby", null, null,
                    null, null, null, null, null)));
            As.mdt(() -> referrals.triage(person.id(), new Triage(0, null, null, null, "Home with family")));
            return new Visit("coordinator", "coordinator", "/messages?search=" + person.id(), person.nhsNumber());
        });
        v.put("audit", s -> new Visit("manager", "manager", "/audit", null));
        v.put("incidents", s -> new Visit("manager", "manager", "/incidents",
                s.withAFailedStep().nhsNumber()));
        return v;
    }
}
