package org.dischargehub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.messages.MessageFactory;
import org.dischargehub.referral.ReferralEscalations;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.referral.ReferralFactory.Person;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.SystemUser;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks every operation the running hub describes in /v3/api-docs. An operation is either on the short list of those
 * that carry no person's data, or it has a way here to call it successfully on a person's record, and then the audit
 * must hold a row naming that person by the caller. A new operation is on neither list, so this test fails until
 * someone decides which it is and, for patient data, the service logs it.
 */
@HubIntegrationTest
class AuditWalkIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    /** Operations that read or change no person's record: reference data, capacity, providers, aggregates. */
    static final Set<String> NO_PERSON = Set.of(
            "POST /api/localities", "GET /api/localities", "POST /api/providers", "GET /api/providers",
            "POST /api/schemes", "GET /api/schemes", "POST /api/settings", "GET /api/settings",
            "POST /api/settings/{code}/beds", "PUT /api/settings/{code}/admissions", "PUT /api/beds/{code}/availability",
            "POST /api/users", "GET /api/users", "GET /api/delay-reasons", "POST /api/delay-reasons",
            "DELETE /api/delay-reasons/{code}", "GET /api/kpis", "GET /api/sitrep", "GET /api/forecast",
            "PUT /api/providers/{code}/capacity/{date}", "GET /api/capacity/home-care",
            "PUT /api/providers/{code}/status/{date}", "GET /api/providers/{code}/status", "GET /api/provider-risk",
            "POST /api/provider-follow-ups/{id}/close", "POST /api/providers/{code}/outbreak-closure");

    record Call(String username, Api api, String method, String path, Object body, String accept, String nhsNumber) {

        String label() {
            return username + " " + method + " " + path + " (" + accept + ")";
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralEscalations escalations;

    @Test
    void every_operation_on_a_persons_record_leaves_an_audit_row_naming_the_person_and_the_caller() {
        ReferralFactory story = new ReferralFactory(context, Hub.on(port, "WALK"));
        Map<String, Function<ReferralFactory, List<Call>>> recipes = recipes();
        Set<String> documented = operations(Api.anonymous(port).get("/v3/api-docs").json());
        assertThat(documented).contains("GET /api/referrals/{id}", "GET /api/audit");

        Set<String> undecided = new TreeSet<>(documented);
        undecided.removeAll(NO_PERSON);
        undecided.removeAll(recipes.keySet());
        assertThat(undecided).as("operations neither listed as carrying no person's data nor walked here: decide, "
                + "and log patient data in the service").isEmpty();
        assertThat(documented).as("walked or listed operations that no longer exist").containsAll(recipes.keySet())
                .containsAll(NO_PERSON);

        List<String> unaudited = new ArrayList<>();
        for (Map.Entry<String, Function<ReferralFactory, List<Call>>> recipe : recipes.entrySet()) {
            for (Call call : recipe.getValue().apply(story)) {
                long mark = jdbc.sql("select coalesce(max(id), 0) from hub.audit_event").query(Long.class).single();
                Api.Response response = call.api().send(call.method(), call.path(), call.body(), call.accept());
                assertThat(response.status()).as(call.label() + " " + response).isBetween(200, 299);
                long rows = jdbc.sql("select count(*) from hub.audit_event where id > :mark and username = :user "
                                + "and nhs_number = :nhs").param("mark", mark).param("user", call.username())
                        .param("nhs", call.nhsNumber()).query(Long.class).single();
                if (rows == 0) {
                    unaudited.add(recipe.getKey() + " as " + call.label());
                }
            }
        }
        assertThat(unaudited).as("patient-data operations that left no audit row").isEmpty();
    }

    private Map<String, Function<ReferralFactory, List<Call>>> recipes() {
        Map<String, Function<ReferralFactory, List<Call>>> r = new LinkedHashMap<>();
        r.put("POST /api/referrals", s -> {
            Map<String, Object> body = People.referral(s.hub.locality(), TestClock.now());
            return List.of(call("mdt", s.hub.mdt, "POST", "/api/referrals", body, (String) body.get("nhsNumber")));
        });
        r.put("GET /api/referrals/{id}", s -> get(s.hub.coordinator, "coordinator", s.awaitingTriage(), "/api/referrals/%s"));
        r.put("GET /api/referrals", s -> get(s.hub.coordinator, "coordinator", s.awaitingTriage(),
                "/api/referrals?status=AWAITING_TRIAGE"));
        r.put("GET /api/referrals/{id}/options", s -> get(s.hub.coordinator, "coordinator", s.awaitingBed(),
                "/api/referrals/%s/options"));
        r.put("GET /api/referrals/{id}/options/left-out", s -> get(s.hub.coordinator, "coordinator",
                s.awaitingBed(), "/api/referrals/%s/options/left-out"));
        r.put("POST /api/referrals/{id}/triage", s -> post(s.hub.mdt, "mdt", s.awaitingTriage(), "triage",
                Map.of("pathway", 0, "rationale", "Home with family")));
        r.put("POST /api/referrals/{id}/allocation", s -> post(s.hub.coordinator, "coordinator", s.awaitingBed(),
                "allocation", Map.of("bedCode", s.hub.bed("REHAB"))));
        r.put("POST /api/referrals/{id}/move", s -> post(s.hub.coordinator, "coordinator", s.holdingABed(), "move",
                Map.of("bedCode", s.hub.bed("REHAB"))));
        r.put("POST /api/referrals/{id}/discharge", s -> post(s.hub.coordinator, "coordinator", s.holdingABed(),
                "discharge", Map.of("dischargedOn", TODAY.toString())));
        r.put("POST /api/referrals/{id}/funding-decision", s -> post(s.hub.coordinator, "coordinator", s.discharged(),
                "funding-decision", Map.of("outcome", "CHC", "decidedOn", TODAY.toString(), "rationale", "Eligible")));
        r.put("POST /api/referrals/{id}/funding-decision/amendments", s -> post(s.hub.coordinator, "coordinator",
                s.fundingDecided(), "funding-decision/amendments", Map.of("outcome", "FNC", "decidedOn", TODAY.toString(),
                        "rationale", "Nursing only", "reason", "Panel review")));
        r.put("POST /api/referrals/{id}/assessment", s -> post(s.hub.coordinator, "coordinator", s.discharged(), "assessment",
                Map.of("status", "BOOKED", "note", "Social worker on Friday")));
        r.put("POST /api/referrals/{id}/close", s -> post(s.hub.coordinator, "coordinator", s.discharged(), "close",
                Map.of("closedOn", TODAY.toString(), "outcome", "HOME")));
        r.put("POST /api/referrals/{id}/cancel", s -> post(s.hub.mdt, "mdt", s.awaitingTriage(), "cancel",
                Map.of("reason", "Readmitted to the ward")));
        r.put("PUT /api/referrals/{id}/delay-reason", s -> {
            Person person = s.awaitingTriage();
            return List.of(call("coordinator", s.hub.coordinator, "PUT", "/api/referrals/" + person.id()
                    + "/delay-reason", Map.of("code", "OTHER"), person.nhsNumber()));
        });
        r.put("PUT /api/referrals/{id}/ready-to-leave", s -> {
            Person person = s.awaitingTriage();
            return List.of(call("mdt", s.hub.mdt, "PUT", "/api/referrals/" + person.id() + "/ready-to-leave",
                    Map.of("readyToLeaveAt", TestClock.now().plusSeconds(86400).toString(), "reason", "Unwell again"),
                    person.nhsNumber()));
        });
        r.put("POST /api/referrals/{id}/reservation/decline", s -> post(s.hub.coordinator, "coordinator",
                s.holdingABed(), "reservation/decline", Map.of("reason", "The home cannot meet the needs")));
        r.put("GET /api/offers", s -> get(s.hub.homeCareUser(), s.hub.homeCareUsername(), s.offered(), "/api/offers?status=OPEN"));
        r.put("POST /api/offers/{id}/accept", s -> offer(s, s.offered(), "accept", null));
        r.put("POST /api/offers/{id}/decline", s -> offer(s, s.offered(), "decline", Map.of("reason", "No carers")));
        r.put("POST /api/offers/{id}/hand-back", s -> offer(s, s.packageAccepted(), "hand-back",
                Map.of("reason", "Carers isolating")));
        r.put("GET /api/beds", s -> get(s.hub.coordinator, "coordinator", s.holdingABed(),
                "/api/beds?locality=" + s.hub.locality()));
        r.put("GET /api/recharges", s -> {
            Person person = s.discharged();
            String path = "/api/recharges?month=" + YearMonth.from(TODAY);
            return List.of(call("manager", s.hub.manager, "GET", path, null, person.nhsNumber()),
                    new Call("manager", s.hub.manager, "GET", path, null, "text/csv", person.nhsNumber()));
        });
        r.put("GET /api/escalations", s -> get(s.hub.coordinator, "coordinator", escalated(s), "/api/escalations"));
        r.put("POST /api/escalations/{id}/acknowledge", s -> {
            Person person = escalated(s);
            String escalation = s.hub.coordinator.get("/api/escalations").find("referralId", person.id()).path("id")
                    .asText();
            return List.of(call("manager", s.hub.manager, "POST", "/api/escalations/" + escalation + "/acknowledge",
                    Map.of("note", "Chased the MDT"), person.nhsNumber()));
        });
        r.put("POST /api/referrals/{id}/escalation", s -> post(s.hub.coordinator, "coordinator", s.awaitingBed(),
                "escalation", Map.of("reason", "No rehab bed in the county this week")));
        r.put("GET /api/incidents", s -> {
            Person person = s.withAFailedStep();
            return List.of(call("manager", s.hub.manager, "GET", "/api/incidents", null, person.nhsNumber()));
        });
        r.put("POST /api/incidents/{id}/retry", s -> {
            Person person = s.withAFailedStep();
            String incident = s.hub.manager.get("/api/incidents").find("referralId", person.id()).path("id").asText();
            return List.of(call("manager", s.hub.manager, "POST", "/api/incidents/" + incident + "/retry", null,
                    person.nhsNumber()));
        });
        r.put("GET /api/referrals/{id}/contact", s -> get(s.hub.mdt, "mdt", s.awaitingTriage(),
                "/api/referrals/%s/contact"));
        r.put("PUT /api/referrals/{id}/contact", s -> {
            Person person = s.awaitingTriage();
            return List.of(call("mdt", s.hub.mdt, "PUT", "/api/referrals/" + person.id() + "/contact",
                    Map.of("postcode", "SW1A 1AA"), person.nhsNumber()));
        });
        r.put("GET /api/referrals/{id}/handover", s -> get(s.hub.coordinator, "coordinator", s.packageAccepted(),
                "/api/referrals/%s/handover"));
        r.put("GET /api/handovers", s -> get(s.hub.homeCareUser(), s.hub.homeCareUsername(), s.packageAccepted(),
                "/api/handovers"));
        r.put("GET /api/referrals/{id}/letters", s -> get(s.hub.mdt, "mdt", s.awaitingBed(),
                "/api/referrals/%s/letters"));
        r.put("GET /api/letters/{id}", s -> {
            Person person = s.awaitingBed();
            String letter = s.hub.mdt.get("/api/referrals/" + person.id() + "/letters").json().get(0).path("id")
                    .asText();
            return List.of(new Call("coordinator", s.hub.coordinator, "GET", "/api/letters/" + letter, null,
                    "application/pdf", person.nhsNumber()));
        });
        r.put("GET /api/calls", s -> List.of(call("caller", caller(), "GET", "/api/calls", null,
                homeWithACallDue(s).nhsNumber())));
        r.put("POST /api/calls/{id}/outcome", s -> {
            Person person = homeWithACallDue(s);
            String due = caller().get("/api/calls").find("referralId", person.id()).path("id").asText();
            return List.of(call("caller", caller(), "POST", "/api/calls/" + due + "/outcome",
                    Map.of("outcome", "WELL", "note", "All well"), person.nhsNumber()));
        });
        r.put("GET /api/messages", s -> {
            Person person = s.awaitingTriage();
            new MessageFactory(context).failedText(person.id());
            return List.of(call("coordinator", s.hub.coordinator, "GET", "/api/messages?search=" + person.id(), null,
                    person.nhsNumber()));
        });
        r.put("POST /api/messages/{id}/retry", s -> {
            Person person = s.awaitingTriage();
            String message = new MessageFactory(context).failedText(person.id());
            return List.of(call("manager", s.hub.manager, "POST", "/api/messages/" + message + "/retry", null,
                    person.nhsNumber()));
        });
        r.put("GET /api/audit", s -> {
            Person person = s.awaitingTriage();
            String path = "/api/audit?nhsNumber=" + person.nhsNumber();
            return List.of(call("manager", s.hub.manager, "GET", path, null, person.nhsNumber()),
                    new Call("manager", s.hub.manager, "GET", path, null, "text/csv", person.nhsNumber()));
        });
        return r;
    }

    private Api caller() {
        return Api.as(port, "caller", "caller");
    }

    /** Home on pathway 0 today: the safe-and-well call is due. */
    private Person homeWithACallDue(ReferralFactory s) {
        Person person = s.triagedToPathway(0);
        assertThat(s.hub.mdt.post("/api/referrals/" + person.id() + "/discharge",
                Map.of("dischargedOn", TODAY.toString())).status()).isEqualTo(200);
        return person;
    }

    private Person escalated(ReferralFactory s) {
        Person person = s.awaitingTriage();
        SystemUser.run(() -> escalations.escalate(person.id(), EscalationKind.TRIAGE_OVERDUE));
        return person;
    }

    private static List<Call> get(Api api, String username, Person person, String pathFormat) {
        return List.of(call(username, api, "GET", pathFormat.formatted(person.id()), null,
                person.nhsNumber()));
    }

    private static List<Call> post(Api api, String username, Person person, String action, Object body) {
        return List.of(call(username, api, "POST", "/api/referrals/" + person.id() + "/" + action, body,
                person.nhsNumber()));
    }

    private static List<Call> offer(ReferralFactory s, Person person, String action, Object body) {
        return List.of(call(s.hub.homeCareUsername(), s.hub.homeCareUser(), "POST", "/api/offers/" + person.offer() + "/"
                + action, body, person.nhsNumber()));
    }

    private static Call call(String username, Api api, String method, String path, Object body, String nhsNumber) {
        return new Call(username, api, method, path, body, "application/json", nhsNumber);
    }

    static Set<String> operations(JsonNode doc) {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            });
        }
        return operations;
    }
}
