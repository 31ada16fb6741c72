package org.dischargehub.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dischargehub.dashboard.KpiFilter;
import org.dischargehub.dashboard.KpiService;
import org.dischargehub.dashboard.Kpis.FollowUp;
import org.dischargehub.referral.ReferralProcess;
import org.dischargehub.shared.Pathway;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Calls after discharge: when they fall due, what each outcome does, what overdue calls raise. */
@HubIntegrationTest
class CallsIntegrationTest {

    static final LocalDate TODAY = TestClock.today();
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    CallsService calls;
    @Autowired
    KpiService kpis;
    @Autowired
    ReferralProcess process;
    @Autowired
    JdbcClient jdbc;
    CallsFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CallsFixture(port, "CAL");
    }

    @Test
    void a_pathway_0_call_is_due_72_hours_after_the_discharge_and_a_check_in_call_on_the_set_day() {
        String zero = fixture.pathwayZero(TODAY.minusDays(1), "Due", true);
        String two = fixture.pathwayTwo(TODAY.minusDays(7), "Due");
        String later = fixture.pathwayTwo(TODAY, "Due");

        JsonNode safeAndWell = fixture.row(zero);
        assertThat(safeAndWell.path("kind").asText()).isEqualTo("SAFE_AND_WELL");
        assertThat(Instant.parse(safeAndWell.path("dueBy").asText()))
                .as("recorded a day late: 72 hours from the end of the discharge day")
                .isEqualTo(TODAY.atStartOfDay(LONDON).toInstant().plus(Duration.ofHours(72)));
        JsonNode checkIn = fixture.row(two);
        assertThat(checkIn.path("kind").asText()).isEqualTo("CHECK_IN");
        assertThat(Instant.parse(checkIn.path("dueBy").asText())).as("by the end of the seventh day after")
                .isEqualTo(TODAY.plusDays(1).atStartOfDay(LONDON).toInstant());
        assertThat(checkIn.path("dischargedOn").asText()).isEqualTo(TODAY.minusDays(7).toString());
        assertThat(fixture.row(later).isMissingNode()).as("not on the list before its day").isTrue();
        assertThat(jdbc.sql("select due_from from hub.check_in_call where referral_id = ?").param(later)
                .query(Instant.class).single()).isEqualTo(TODAY.plusDays(7).atStartOfDay(LONDON).toInstant());
        String notYet = jdbc.sql("select id from hub.check_in_call where referral_id = ?").param(later)
                .query(String.class).single();
        assertThat(fixture.outcome(notYet, "WELL", null).status()).as("not due yet").isEqualTo(409);
        assertThat(calls.checkInDueOn(Pathway.TWO, TODAY)).isEqualTo(TODAY.plusDays(7));
        assertThat(calls.checkInDueOn(Pathway.ZERO, TODAY)).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void well_ends_the_call_and_completes_the_safe_and_well_step_of_the_process() {
        String id = fixture.pathwayZero(TODAY, "Well", true);
        assertThat(process.safeAndWellCallDue(id)).isTrue();
        String call = fixture.row(id).path("id").asText();

        Api.Response done = fixture.outcome(call, "WELL", "All well, shopping delivered");

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("status").asText()).isEqualTo("WELL");
        assertThat(fixture.row(id).isMissingNode()).isTrue();
        assertThat(process.safeAndWellCallDue(id)).isFalse();
        assertThat(fixture.hub.coordinator.get("/api/referrals/" + id).json().path("history")
                .findValuesAsText("action")).contains("SAFE_AND_WELL_CALL");
        Api.Response again = fixture.outcome(call, "WELL", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(audited(id, "CALL_WELL")).isEqualTo(1);
    }

    @Test
    void not_reached_leaves_the_call_due_again_later_and_the_third_try_escalates_until_someone_reaches_them() {
        String id = fixture.pathwayZero(TODAY, "Unreached", false);
        String call = fixture.row(id).path("id").asText();

        Instant before = TestClock.now();
        assertThat(fixture.outcome(call, "NOT_REACHED", "No answer").status()).isEqualTo(200);
        JsonNode row = fixture.row(id);
        assertThat(Instant.parse(row.path("nextTryAt").asText()))
                .isBetween(before.plus(Duration.ofHours(4)), TestClock.now().plus(Duration.ofHours(4)));
        assertThat(row.path("attempts").findValuesAsText("outcome")).containsExactly("NOT_REACHED");
        assertThat(fixture.openEscalation(id, "CALL_NOT_REACHED")).isNull();

        fixture.outcome(call, "NOT_REACHED", null);
        fixture.outcome(call, "NOT_REACHED", "Voicemail");
        assertThat(fixture.openEscalation(id, "CALL_NOT_REACHED")).as("after three tries").isNotNull();
        assertThat(fixture.row(id).path("attempts").size()).isEqualTo(3);

        assertThat(fixture.outcome(call, "WELL", null).status()).isEqualTo(200);
        assertThat(fixture.openEscalation(id, "CALL_NOT_REACHED")).isNull();
        assertThat(jdbc.sql("select closed_because from hub.escalation where referral_id = ? and kind = ?")
                .params(id, "CALL_NOT_REACHED").query(String.class).single()).isEqualTo("CALL_MADE");
    }

    @Test
    void needs_help_refers_the_person_again_linked_to_the_call_for_the_mdt() {
        String id = fixture.pathwayZero(TODAY, "Helpless", true);
        String call = fixture.row(id).path("id").asText();

        Api.Response unsaid = fixture.outcome(call, "NEEDS_HELP", " ");
        assertThat(unsaid.status()).isEqualTo(400);
        assertThat(unsaid.json().path("errors").findValuesAsText("field")).containsExactly("note");
        Api.Response done = fixture.outcome(call, "NEEDS_HELP", "Struggling with stairs, not eating");

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        String again = done.json().path("followUpReferralId").asText();
        assertThat(again).isNotBlank().isNotEqualTo(id);
        assertThat(jdbc.sql("select follow_up_referral_id from hub.check_in_call where id = ?").param(call)
                .query(String.class).single()).isEqualTo(again);
        JsonNode referral = fixture.hub.mdt.get("/api/referrals/" + again).json();
        assertThat(referral.path("status").asText()).isEqualTo("AWAITING_TRIAGE");
        assertThat(referral.path("previousReferralIds").toString()).contains(id);
        assertThat(fixture.hub.mdt.get("/api/referrals?status=AWAITING_TRIAGE").find("id", again).isMissingNode())
                .as("on the MDT's worklist").isFalse();
    }

    @Test
    void needs_help_during_the_funded_period_tells_the_coordinators_on_the_open_referral() {
        String id = fixture.pathwayTwo(TODAY.minusDays(7), "Funded");
        String call = fixture.row(id).path("id").asText();

        Api.Response done = fixture.outcome(call, "NEEDS_HELP", "Falls at night");

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("followUpReferralId").asText()).isEqualTo(id);
        assertThat(fixture.openEscalation(id, "CALL_NEEDS_HELP")).isNotNull();
    }

    @Test
    void an_overdue_call_is_escalated_once_by_the_check() {
        String id = fixture.pathwayZero(TODAY.minusDays(4), "Overdue", true);
        assertThat(fixture.row(id).path("overdue").asBoolean()).isTrue();

        As.coordinator(() -> calls.escalateOverdue());
        As.coordinator(() -> calls.escalateOverdue());

        assertThat(fixture.openEscalation(id, "CALL_OVERDUE")).isNotNull();
        assertThat(jdbc.sql("select count(*) from hub.escalation where referral_id = ? and kind = 'CALL_OVERDUE'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void overdue_calls_come_first_then_by_when_they_are_next_due() {
        String soon = fixture.pathwayZero(TODAY, "Order", true);
        String overdue = fixture.pathwayZero(TODAY.minusDays(4), "Order", true);
        String earlier = fixture.pathwayZero(TODAY.minusDays(1), "Order", true);

        List<String> order = new ArrayList<>();
        fixture.caller.get("/api/calls?name=order").json()
                .forEach(row -> order.add(row.path("referralId").asText()));

        assertThat(order).containsExactly(overdue, earlier, soon);
        assertThat(fixture.caller.get("/api/calls?overdue=true&kind=SAFE_AND_WELL").json().findValuesAsText(
                "referralId")).contains(overdue).doesNotContain(soon, earlier);
    }

    @Test
    void a_call_is_withdrawn_when_the_person_died_before_anyone_reached_them() {
        String id = fixture.pathwayTwo(TODAY.minusDays(7), "Withdrawn");
        assertThat(fixture.hub.coordinator.post("/api/referrals/" + id + "/close",
                java.util.Map.of("closedOn", TODAY.toString(), "outcome", "DIED")).status()).isEqualTo(200);

        assertThat(fixture.row(id).isMissingNode()).isTrue();
        assertThat(jdbc.sql("select status from hub.check_in_call where referral_id = ?").param(id)
                .query(String.class).single()).isEqualTo("WITHDRAWN");
    }

    @Test
    void the_dashboard_counts_calls_that_reached_the_person_in_time_in_its_locality() {
        String late = fixture.pathwayZero(TODAY.minusDays(4), "Figures", true);
        String onTime = fixture.pathwayZero(TODAY.minusDays(3), "Figures", true);
        fixture.pathwayZero(TODAY.minusDays(3), "Unmade", true);
        String checkIn = fixture.pathwayTwo(TODAY.minusDays(7), "Figures");
        fixture.outcome(fixture.row(late).path("id").asText(), "WELL", null);
        fixture.outcome(fixture.row(onTime).path("id").asText(), "WELL", null);
        fixture.outcome(fixture.row(checkIn).path("id").asText(), "WELL", null);
        KpiFilter filter = new KpiFilter(TODAY.minusDays(7), TODAY.minusDays(3), fixture.hub.locality(), null);

        FollowUp figures = As.manager(() -> kpis.kpis(filter)).followUp();

        assertThat(figures.safeAndWellCalls()).isEqualTo(3);
        assertThat(figures.safeAndWellWithin72Hours()).as("the call four days after is late").isEqualTo(1);
        assertThat(figures.safeAndWellWithin72HoursPercent()).isEqualTo(100.0 / 3);
        assertThat(figures.checkInCalls()).isEqualTo(1);
        assertThat(figures.checkInsOnTime()).isEqualTo(1);
        assertThat(As.manager(() -> kpis.kpis(new KpiFilter(filter.from(), filter.to(), filter.locality(), 2)))
                .followUp().safeAndWellCalls()).as("a pathway narrows them").isZero();
    }

    private long audited(String referralId, String action) {
        return jdbc.sql("select count(*) from hub.audit_event where referral_id = ? and action = ?")
                .params(referralId, action).query(Long.class).single();
    }
}
