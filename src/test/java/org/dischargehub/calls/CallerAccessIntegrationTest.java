package org.dischargehub.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A caller sees the people on the calls list and what the call needs, nothing else; the API refuses the rest. */
@HubIntegrationTest
class CallerAccessIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    CallsFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CallsFixture(port, "CAC");
    }

    @Test
    void a_caller_is_refused_the_referral_its_contact_handover_letters_and_every_other_list() {
        String id = fixture.pathwayZero(TODAY, "Refused", true);
        Api caller = fixture.caller.unchecked();

        for (String path : List.of("/api/referrals/" + id, "/api/referrals/" + id + "/contact",
                "/api/referrals/" + id + "/handover", "/api/referrals/" + id + "/letters", "/api/referrals",
                "/api/escalations?status=OPEN", "/api/beds", "/api/kpis?from=" + TODAY + "&to=" + TODAY)) {
            Api.Response refused = caller.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.isProblem()).as(path).isTrue();
        }
        assertThat(caller.post("/api/referrals/" + id + "/cancel", Map.of("reason", "x")).status()).isEqualTo(403);
    }

    @Test
    void the_list_shows_only_what_the_call_needs_and_the_next_of_kin_only_with_consent() {
        String consenting = fixture.pathwayZero(TODAY, "Consenting", true);
        String private_ = fixture.pathwayZero(TODAY, "Private", false);

        JsonNode row = fixture.row(consenting);
        List<String> fields = new ArrayList<>();
        row.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "referralId", "kind", "givenName", "familyName", "phone",
                "kinName", "kinRelationship", "kinPhone", "language", "interpreter", "communicationNeeds",
                "dischargedOn", "dueBy", "nextTryAt", "overdue", "status", "followUpReferralId", "attempts");
        assertThat(row.toString()).doesNotContain("Key safe", "Elm Surgery", "SW1A", "Elm Road", "Rehab",
                "Home, no new care", "1938");
        assertThat(row.path("phone").asText()).isEqualTo("01632 960001");
        assertThat(row.path("kinName").asText()).isEqualTo("Grace Hopper");
        assertThat(row.path("kinPhone").asText()).isEqualTo("+44 7700 900123");
        assertThat(row.path("language").asText()).isEqualTo("Polish");
        assertThat(row.path("interpreter").asBoolean()).isTrue();
        JsonNode withheld = fixture.row(private_);
        assertThat(withheld.path("kinName").isNull()).isTrue();
        assertThat(withheld.path("kinPhone").isNull()).isTrue();
        assertThat(withheld.path("phone").asText()).isEqualTo("01632 960001");
        assertThat(jdbc.sql("select count(*) from hub.audit_event where referral_id = ? and record_type = 'CALL' "
                + "and action = 'VIEW' and username = 'caller'").param(consenting).query(Long.class).single())
                .as("each list shown is logged against the person").isPositive();
    }

    @Test
    void only_callers_and_coordinators_reach_the_calls() {
        String id = fixture.pathwayZero(TODAY, "Roles", true);
        String call = fixture.row(id).path("id").asText();
        Api mdt = fixture.hub.mdt.unchecked();

        assertThat(mdt.get("/api/calls").status()).isEqualTo(403);
        assertThat(mdt.post("/api/calls/" + call + "/outcome", Map.of("outcome", "WELL")).status()).isEqualTo(403);
        assertThat(fixture.hub.homeCareUser().unchecked().get("/api/calls").status()).isEqualTo(403);
        assertThat(fixture.hub.coordinator.get("/api/calls").find("referralId", id).isMissingNode()).isFalse();
        assertThat(fixture.row(id).path("attempts").size()).as("a refused request changes nothing").isZero();
    }

    @Test
    void bad_input_is_a_400_at_its_field_and_changes_nothing() {
        String id = fixture.pathwayZero(TODAY, "Input", true);
        String call = fixture.row(id).path("id").asText();

        assertRefused(call, Map.of("outcome", "MAYBE"), "outcome");
        assertRefused(call, Map.of("note", "No outcome"), "outcome");
        assertRefused(call, Map.of("outcome", "WELL", "note", "x".repeat(4001)), "note");
        assertRefused(call, Map.of("outcome", 1), "outcome");

        assertThat(fixture.caller.unchecked().post("/api/calls/no-such-call/outcome", Map.of("outcome", "WELL"))
                .status()).isEqualTo(404);
        assertThat(fixture.row(id).path("attempts").size()).isZero();
        assertThat(fixture.row(id).path("status").asText()).isEqualTo("DUE");
    }

    private void assertRefused(String call, Map<String, Object> body, String field) {
        Api.Response refused = fixture.caller.unchecked().post("/api/calls/" + call + "/outcome", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly(field);
    }
}
