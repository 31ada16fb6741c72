package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.dischargehub.beds.BedType;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.security.SystemUser;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Escalations close themselves, with when and why, once the condition that raised them ends. */
@HubIntegrationTest
class EscalationLifecycleIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReferralEscalations referralEscalations;
    @Autowired
    EscalationService escalations;
    Hub hub;
    ReferralFactory people;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "ESCL");
        people = new ReferralFactory(context, hub);
    }

    @Test
    void triage_closes_the_still_awaiting_triage_escalation() {
        Person person = people.awaitingTriage();
        String id = escalate(person, EscalationKind.TRIAGE_OVERDUE);
        assertThat(open(id).path("closedAt").isNull()).isTrue();
        assertThat(open(id).path("status").asText()).isEqualTo("OPEN");

        expectOk(hub.mdt.post("/api/referrals/" + person.id() + "/triage",
                Map.of("pathway", 0, "rationale", "Home with family")));

        assertClosed(id, "TRIAGED");
    }

    @Test
    void reserving_a_bed_closes_the_no_bed_escalation() {
        Person person = people.awaitingBed();
        String id = escalate(person, EscalationKind.NO_BED);

        expectCreated(hub.coordinator.post("/api/referrals/" + person.id() + "/allocation",
                Map.of("bedCode", hub.bed("REHAB"))));

        assertClosed(id, "BED_RESERVED");
    }

    @Test
    void an_accepted_package_closes_the_handed_back_escalation() {
        Person person = people.offered();
        String id = String.valueOf(SystemUser.call(() -> escalations.raise(person.id(),
                EscalationKind.PACKAGE_HANDED_BACK, "The last provider gave the package back")).id());

        expectOk(hub.homeCareUser().post("/api/offers/" + person.offer() + "/accept", null));

        assertClosed(id, "PACKAGE_ACCEPTED");
    }

    @Test
    void discharge_closes_the_past_ready_date_escalation() {
        Person person = people.holdingABed();
        String id = escalate(person, EscalationKind.DISCHARGE_DELAYED);

        expectOk(hub.coordinator.post("/api/referrals/" + person.id() + "/discharge",
                Map.of("dischargedOn", TestClock.today().toString())));

        assertClosed(id, "DISCHARGED");
    }

    @Test
    void the_funding_decision_closes_the_funded_period_ended_escalation() {
        Person person = people.discharged();
        String id = escalate(person, EscalationKind.FUNDED_PERIOD_ENDED);

        expectOk(hub.coordinator.post("/api/referrals/" + person.id() + "/funding-decision", Map.of("outcome",
                "COUNCIL", "decidedOn", TestClock.today().toString(), "rationale", "Care Act assessment")));

        assertClosed(id, "FUNDING_DECIDED");
    }

    @Test
    void cancelling_closes_every_escalation_of_the_referral() {
        Person person = people.awaitingBed();
        String noBed = escalate(person, EscalationKind.NO_BED);
        String delayed = escalate(person, EscalationKind.DISCHARGE_DELAYED);

        expectOk(hub.mdt.post("/api/referrals/" + person.id() + "/cancel", Map.of("reason", "Referred twice")));

        assertClosed(noBed, "REFERRAL_CANCELLED");
        assertClosed(delayed, "REFERRAL_CANCELLED");
    }

    @Test
    void closing_the_episode_closes_what_is_still_open() {
        Person person = people.discharged();
        String funded = escalate(person, EscalationKind.FUNDED_PERIOD_ENDED);

        expectOk(hub.coordinator.post("/api/referrals/" + person.id() + "/close",
                Map.of("closedOn", TestClock.today().toString(), "outcome", "HOME")));

        assertClosed(funded, "REFERRAL_CLOSED");
    }

    @Test
    void a_timer_that_fires_after_the_condition_ended_raises_an_escalation_already_closed() {
        Person person = people.holdingABed();

        String id = escalate(person, EscalationKind.NO_BED);

        assertClosed(id, "BED_RESERVED");
    }

    @Test
    void a_coordinator_acknowledges_an_escalation_which_stays_open_until_its_condition_ends() {
        Person person = people.awaitingTriage();
        String id = escalate(person, EscalationKind.TRIAGE_OVERDUE);
        assertThat(hub.coordinator.get("/api/escalations").find("id", id).isMissingNode()).isFalse();

        Api.Response acknowledged = hub.coordinator.post("/api/escalations/" + id + "/acknowledge",
                Map.of("note", "Rang the ward"));

        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.json().path("acknowledgedBy").asText()).isEqualTo("coordinator");
        assertThat(open(id).path("acknowledgedBy").asText()).isEqualTo("coordinator");
        assertThat(open(id).path("closedAt").isNull()).isTrue();
        assertThat(hub.coordinator.get("/api/escalations").find("id", id).isMissingNode())
                .as("no longer waiting for anyone").isTrue();
        assertThat(hub.manager.get("/api/escalations?status=OPEN").find("id", id).isMissingNode()).isFalse();
    }

    @Test
    void the_status_filter_takes_open_or_closed_only_and_providers_may_not_read() {
        Api.Response wrong = hub.coordinator.get("/api/escalations?status=SHUT");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.isProblem()).isTrue();
        assertThat(hub.coordinator.get("/api/escalations?status=CLOSED").status()).isEqualTo(200);
        assertThat(hub.homeCareUser().get("/api/escalations?status=OPEN").status()).isEqualTo(403);
    }

    @Test
    void escalate_now_tells_the_manager_at_once_and_closes_when_a_bed_is_reserved() {
        Person person = people.awaitingBed(BedType.END_OF_LIFE);
        String path = "/api/referrals/" + person.id() + "/escalation";
        assertThat(hub.coordinator.post(path, Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(hub.mdt.post(path, Map.of("reason", "No bed")).status()).isEqualTo(403);

        Api.Response raised = hub.coordinator.post(path, Map.of("reason", "No end-of-life bed in the county"));

        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.json().path("kind").asText()).isEqualTo("NO_BED_FITS");
        assertThat(raised.json().path("detail").asText()).contains("No end-of-life bed in the county");
        String id = raised.json().path("id").asText();
        assertThat(open(id).path("referralId").asText()).isEqualTo(person.id());
        assertThat(hub.coordinator.post(path, Map.of("reason", "Again")).status()).as("already escalated")
                .isEqualTo(409);
        assertThat(hub.coordinator.get("/api/referrals/" + person.id()).json().path("history").findValuesAsText(
                "action")).contains("ESCALATED");

        expectCreated(hub.coordinator.post("/api/referrals/" + person.id() + "/allocation",
                Map.of("bedCode", hub.bed("END_OF_LIFE"))));

        assertClosed(id, "BED_RESERVED");
        assertThat(hub.coordinator.post(path, Map.of("reason", "Too late")).status()).as("no longer waiting")
                .isEqualTo(409);
    }

    private String escalate(Person person, EscalationKind kind) {
        SystemUser.run(() -> referralEscalations.escalate(person.id(), kind));
        return SystemUser.call(() -> escalations.forReferral(person.id())).stream()
                .filter(e -> e.kind() == kind).reduce((first, second) -> second).orElseThrow().id().toString();
    }

    private JsonNode open(String id) {
        JsonNode found = hub.coordinator.get("/api/escalations?status=OPEN").find("id", id);
        assertThat(found.isMissingNode()).as("escalation " + id + " is open").isFalse();
        return found;
    }

    private void assertClosed(String id, String because) {
        assertThat(hub.manager.get("/api/escalations?status=OPEN").find("id", id).isMissingNode()).isTrue();
        JsonNode closed = hub.coordinator.get("/api/escalations?status=CLOSED").find("id", id);
        assertThat(closed.path("closedBecause").asText()).as(closed.toString()).isEqualTo(because);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(Instant.parse(closed.path("closedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(closed.path("raisedAt").asText()));
    }

    private static void expectOk(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static void expectCreated(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}
