package org.dischargehub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dischargehub.audit.Story.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.referral.ReferralEscalations;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.SystemUser;
import org.dischargehub.support.Api;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks every operation the running hub describes in /v3/api-docs. An operation is either on the short list of those
 * that carry no person's data, or it has a way here to call it successfully on a person's record, and then the audit
 * must hold a row naming that person by the caller. A new operation is on neither list, so this test fails until
 * someone decides which it is and, for patient data, the service logs it.
 */
@HubIntegrationTest
class AuditWalkIntegrationTest {

    /** Operations that read or change no person's record: reference data, capacity, providers, aggregates. */
    static final Set<String> NO_PERSON = Set.of(
            "POST /api/localities", "GET /api/localities", "POST /api/providers", "GET /api/providers",
            "POST /api/schemes", "GET /api/schemes", "POST /api/settings", "GET /api/settings",
            "POST /api/settings/{code}/beds", "PUT /api/settings/{code}/admissions", "PUT /api/beds/{code}/availability",
            "POST /api/users", "GET /api/users", "GET /api/delay-reasons", "POST /api/delay-reasons",
            "DELETE /api/delay-reasons/{code}", "GET /api/kpis", "GET /api/sitrep",
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
    JdbcClient jdbc;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralEscalations escalations;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @Test
    void every_operation_on_a_persons_record_leaves_an_audit_row_naming_the_person_and_the_caller() {
        Story story = new Story(port);
        Map<String, Function<Story, List<Call>>> recipes = recipes();
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
        for (Map.Entry<String, Function<Story, List<Call>>> recipe : recipes.entrySet()) {
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

    private Map<String, Function<Story, List<Call>>> recipes() {
        Map<String, Function<Story, List<Call>>> r = new LinkedHashMap<>();
        r.put("POST /api/referrals", s -> {
            Map<String, Object> body = People.referral(s.locality, TestClock.now());
            return List.of(call("mdt", s.mdt, "POST", "/api/referrals", body, (String) body.get("nhsNumber")));
        });
        r.put("GET /api/referrals/{id}", s -> get(s.coordinator, "coordinator", s.awaitingTriage(), "/api/referrals/%s"));
        r.put("GET /api/referrals", s -> get(s.coordinator, "coordinator", s.awaitingTriage(),
                "/api/referrals?status=AWAITING_TRIAGE"));
        r.put("GET /api/referrals/{id}/options", s -> get(s.coordinator, "coordinator", s.awaitingBed(),
                "/api/referrals/%s/options"));
        r.put("POST /api/referrals/{id}/triage", s -> post(s.mdt, "mdt", s.awaitingTriage(), "triage",
                Map.of("pathway", 0, "rationale", "Home with family")));
        r.put("POST /api/referrals/{id}/allocation", s -> post(s.coordinator, "coordinator", s.awaitingBed(),
                "allocation", Map.of("bedCode", s.bed())));
        r.put("POST /api/referrals/{id}/move", s -> post(s.coordinator, "coordinator", s.holdingBed(), "move",
                Map.of("bedCode", s.bed())));
        r.put("POST /api/referrals/{id}/discharge", s -> post(s.coordinator, "coordinator", s.holdingBed(),
                "discharge", Map.of("dischargedOn", TODAY.toString())));
        r.put("POST /api/referrals/{id}/funding-decision", s -> post(s.coordinator, "coordinator", s.inD2a(),
                "funding-decision", Map.of("outcome", "CHC", "decidedOn", TODAY.toString(), "rationale", "Eligible")));
        r.put("POST /api/referrals/{id}/funding-decision/amendments", s -> post(s.coordinator, "coordinator",
                s.decided(), "funding-decision/amendments", Map.of("outcome", "FNC", "decidedOn", TODAY.toString(),
                        "rationale", "Nursing only", "reason", "Panel review")));
        r.put("POST /api/referrals/{id}/assessment", s -> post(s.coordinator, "coordinator", s.inD2a(), "assessment",
                Map.of("status", "BOOKED", "note", "Social worker on Friday")));
        r.put("POST /api/referrals/{id}/close", s -> post(s.coordinator, "coordinator", s.inD2a(), "close",
                Map.of("closedOn", TODAY.toString(), "outcome", "HOME")));
        r.put("POST /api/referrals/{id}/cancel", s -> post(s.mdt, "mdt", s.awaitingTriage(), "cancel",
                Map.of("reason", "Readmitted to the ward")));
        r.put("PUT /api/referrals/{id}/delay-reason", s -> {
            Map<String, String> person = s.awaitingTriage();
            return List.of(call("coordinator", s.coordinator, "PUT", "/api/referrals/" + person.get("id")
                    + "/delay-reason", Map.of("code", "OTHER"), person.get("nhsNumber")));
        });
        r.put("GET /api/offers", s -> get(s.homeCareUser, s.homeCareUsername, s.offered(), "/api/offers?status=OPEN"));
        r.put("POST /api/offers/{id}/accept", s -> offer(s, s.offered(), "accept", null));
        r.put("POST /api/offers/{id}/decline", s -> offer(s, s.offered(), "decline", Map.of("reason", "No carers")));
        r.put("POST /api/offers/{id}/hand-back", s -> offer(s, s.packageAccepted(), "hand-back",
                Map.of("reason", "Carers isolating")));
        r.put("GET /api/beds", s -> get(s.coordinator, "coordinator", s.holdingBed(),
                "/api/beds?locality=" + s.locality));
        r.put("GET /api/recharges", s -> {
            Map<String, String> person = s.inD2a();
            String path = "/api/recharges?month=" + YearMonth.from(TODAY);
            return List.of(call("manager", s.manager, "GET", path, null, person.get("nhsNumber")),
                    new Call("manager", s.manager, "GET", path, null, "text/csv", person.get("nhsNumber")));
        });
        r.put("GET /api/escalations", s -> get(s.coordinator, "coordinator", escalated(s), "/api/escalations"));
        r.put("POST /api/escalations/{id}/acknowledge", s -> {
            Map<String, String> person = escalated(s);
            String escalation = s.coordinator.get("/api/escalations").find("referralId", person.get("id")).path("id")
                    .asText();
            return List.of(call("manager", s.manager, "POST", "/api/escalations/" + escalation + "/acknowledge",
                    Map.of("note", "Chased the MDT"), person.get("nhsNumber")));
        });
        r.put("GET /api/incidents", s -> {
            Map<String, String> person = s.failedStep(management, runtime);
            return List.of(call("manager", s.manager, "GET", "/api/incidents", null, person.get("nhsNumber")));
        });
        r.put("POST /api/incidents/{id}/retry", s -> {
            Map<String, String> person = s.failedStep(management, runtime);
            String incident = s.manager.get("/api/incidents").find("referralId", person.get("id")).path("id").asText();
            return List.of(call("manager", s.manager, "POST", "/api/incidents/" + incident + "/retry", null,
                    person.get("nhsNumber")));
        });
        r.put("GET /api/audit", s -> {
            Map<String, String> person = s.awaitingTriage();
            String path = "/api/audit?nhsNumber=" + person.get("nhsNumber");
            return List.of(call("manager", s.manager, "GET", path, null, person.get("nhsNumber")),
                    new Call("manager", s.manager, "GET", path, null, "text/csv", person.get("nhsNumber")));
        });
        return r;
    }

    private Map<String, String> escalated(Story s) {
        Map<String, String> person = s.awaitingTriage();
        SystemUser.run(() -> escalations.escalate(person.get("id"), EscalationKind.TRIAGE_OVERDUE));
        return person;
    }

    private static List<Call> get(Api api, String username, Map<String, String> person, String pathFormat) {
        return List.of(call(username, api, "GET", pathFormat.formatted(person.get("id")), null,
                person.get("nhsNumber")));
    }

    private static List<Call> post(Api api, String username, Map<String, String> person, String action, Object body) {
        return List.of(call(username, api, "POST", "/api/referrals/" + person.get("id") + "/" + action, body,
                person.get("nhsNumber")));
    }

    private static List<Call> offer(Story s, Map<String, String> person, String action, Object body) {
        return List.of(call(s.homeCareUsername, s.homeCareUser, "POST", "/api/offers/" + person.get("offer") + "/"
                + action, body, person.get("nhsNumber")));
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
