package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plans change before discharge: a new triage, a new ready date, a home that declines the bed. */
@HubIntegrationTest
class PlansChangeApiIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralCapacityService capacity;
    Hub hub;
    County county;
    String locality;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "PC");
        county = hub.county;
        locality = hub.locality();
    }

    @Test
    void a_re_triage_frees_the_reserved_bed_and_the_history_keeps_both_triages() {
        String bed = hub.bed("REHAB");
        String id = referral(TestClock.now().minus(1, ChronoUnit.HOURS));
        triage(id, 2, "Needs rehab after the fall");
        assertThat(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status())
                .isEqualTo(201);

        Api.Response again = triage(id, 3, "Nursing needs now; rehab not tolerated");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("AWAITING_CAPACITY");
        assertThat(again.json().path("pathway").asInt()).isEqualTo(3);
        assertThat(again.json().path("allocation").isNull() || again.json().path("allocation").isMissingNode()).isTrue();
        assertThat(bedStatus(bed)).isEqualTo("AVAILABLE");
        assertThat(jdbc.queryForObject("select count(*) from hub.bed where referral_id = ?", Integer.class, id)).isZero();
        assertThat(again.json().path("history").findValuesAsText("action"))
                .containsExactly("RECEIVED", "TRIAGED", "BED_RESERVED", "TRIAGED");
        assertThat(again.json().path("history").findValuesAsText("detail"))
                .anySatisfy(d -> assertThat(d).contains("Needs rehab after the fall"))
                .anySatisfy(d -> assertThat(d).contains("Nursing needs now; rehab not tolerated"));
        // the triage wait counts to the first triage, which a re-triage leaves as it was
        assertThat(jdbc.queryForObject("""
                select r.first_triaged_at = min(e.at) and min(e.at) < max(e.at) from hub.referral r
                join hub.referral_event e on e.referral_id = r.id and e.action = 'TRIAGED'
                where r.id = ? group by r.first_triaged_at""", Boolean.class, id)).isTrue();
    }

    @Test
    void a_re_triage_withdraws_an_open_offer_and_frees_its_hours() {
        String provider = hub.homeCare();
        String id = referral(TestClock.now().minus(1, ChronoUnit.HOURS));
        triage(id, 1, "Four calls a day");
        assertThat(offer(id, provider).status()).isEqualTo(201);
        assertThat(hoursHeld(provider)).isEqualByComparingTo("14");

        Api.Response again = triage(id, 0, "Family will care; no package needed");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("READY_TO_DISCHARGE");
        assertThat(offerStatuses(id)).isEqualTo("WITHDRAWN");
        assertThat(hoursHeld(provider)).isEqualByComparingTo("0");
    }

    @Test
    void a_re_triage_after_acceptance_withdraws_the_package_and_frees_the_booked_hours() {
        String provider = hub.homeCare();
        String id = referral(TestClock.now().minus(1, ChronoUnit.HOURS));
        triage(id, 1, "Four calls a day");
        offer(id, provider);
        String offer = jdbc.queryForObject("select id from hub.home_care_offer where referral_id = ?", String.class, id);
        assertThat(hub.homeCareUser().post("/api/offers/" + offer + "/accept", null).status()).isEqualTo(200);

        Api.Response again = triage(id, 2, "Needs rehab after all");
        assertThat(again.json().path("status").asText()).isEqualTo("AWAITING_CAPACITY");
        assertThat(offerStatuses(id)).isEqualTo("WITHDRAWN");
        assertThat(hoursHeld(provider)).isEqualByComparingTo("0");
    }

    @Test
    void triage_again_is_refused_once_discharged_or_cancelled() {
        String discharged = referral(TestClock.now().minus(1, ChronoUnit.HOURS));
        triage(discharged, 0, "Home with family");
        hub.mdt.post("/api/referrals/" + discharged + "/discharge", Map.of("dischargedOn", TODAY.toString()));
        Api.Response refused = triage(discharged, 1, "Too late");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("before discharge");

        String cancelled = referral(TestClock.now().minus(1, ChronoUnit.HOURS));
        hub.mdt.post("/api/referrals/" + cancelled + "/cancel", Map.of("reason", "Died on the ward"));
        assertThat(triage(cancelled, 1, "Too late").status()).isEqualTo(409);
        assertThat(history(cancelled)).doesNotContain("TRIAGED");
    }

    @Test
    void a_new_ready_date_restarts_the_delay_and_the_sitrep_counts_the_reset() {
        String id = referral(TestClock.now().minus(5, ChronoUnit.DAYS));
        triage(id, 2, "Needs rehab");
        assertThat(sitrep().path("pastReadyDate").asInt()).isEqualTo(1);

        Instant tomorrow = TestClock.now().plus(1, ChronoUnit.DAYS);
        Api.Response reset = hub.mdt.put("/api/referrals/" + id + "/ready-to-leave",
                Map.of("readyToLeaveAt", tomorrow.toString(), "reason", "Unwell again: on IV antibiotics"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(Instant.parse(reset.json().path("readyToLeaveAt").asText())).isEqualTo(tomorrow);
        assertThat(history(id)).contains("READY_DATE_RESET");
        assertThat(sitrep().path("pastReadyDate").asInt()).as("no delayed day before the new date").isZero();
        assertThat(sitrep().path("readyDatesReset").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select reason from hub.ready_date_change where referral_id = ?", String.class,
                id)).isEqualTo("Unwell again: on IV antibiotics");
    }

    @Test
    void a_new_ready_date_is_refused_after_discharge_and_for_bad_input_at_the_field() {
        String id = referral(TestClock.now().minus(1, ChronoUnit.HOURS));
        Api.Response noReason = hub.mdt.put("/api/referrals/" + id + "/ready-to-leave",
                Map.of("readyToLeaveAt", TestClock.now().toString(), "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Api.Response farAhead = hub.mdt.put("/api/referrals/" + id + "/ready-to-leave",
                Map.of("readyToLeaveAt", TestClock.now().plus(400, ChronoUnit.DAYS).toString(), "reason", "Unwell"));
        assertThat(farAhead.status()).isEqualTo(400);
        assertThat(farAhead.body()).contains("readyToLeaveAt");
        Api.Response notADate = hub.mdt.unchecked().put("/api/referrals/" + id + "/ready-to-leave",
                Map.of("readyToLeaveAt", "next Tuesday", "reason", "Unwell"));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(hub.coordinator.put("/api/referrals/" + id + "/ready-to-leave",
                Map.of("readyToLeaveAt", TestClock.now().toString(), "reason", "Unwell")).status()).isEqualTo(403);

        triage(id, 0, "Home");
        hub.mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.toString()));
        assertThat(hub.mdt.put("/api/referrals/" + id + "/ready-to-leave",
                Map.of("readyToLeaveAt", TestClock.now().toString(), "reason", "Unwell")).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from hub.ready_date_change where referral_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void the_beds_own_provider_declines_a_reservation_and_the_dashboard_counts_it_per_setting() {
        String provider = county.bedBasedProvider("PCB");
        String setting = county.setting("PCS", provider, locality, 1, "150.00", false);
        String bed = county.bed(setting, "01", "REHAB");
        Api home = hub.as(county.user("pc-home", "PROVIDER", provider));
        String id = reserved(bed);

        Api.Response declined = home.post("/api/referrals/" + id + "/reservation/decline",
                Map.of("reason", "Cannot meet bariatric needs"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().path("status").asText()).isEqualTo("AWAITING_CAPACITY");
        assertThat(bedStatus(bed)).isEqualTo("AVAILABLE");
        assertThat(history(id)).contains("RESERVATION_DECLINED");

        Api.Response again = home.post("/api/referrals/" + id + "/reservation/decline", Map.of("reason", "Again"));
        assertThat(again.status()).isEqualTo(409);

        Api.Response kpis = hub.coordinator.get("/api/kpis?from=" + TODAY + "&to=" + TODAY + "&locality=" + locality);
        assertThat(kpis.json().path("capacity").path("reservationDeclines").findValuesAsText("setting"))
                .containsExactly(setting);
        assertThat(kpis.json().path("capacity").path("reservationDeclines").get(0).path("declines").asInt())
                .isEqualTo(1);
    }

    @Test
    void another_provider_may_not_decline_and_a_coordinator_may_for_the_home() {
        String bed = hub.bed("REHAB");
        String stranger = county.bedBasedProvider("PCX");
        Api other = hub.as(county.user("pc-other", "PROVIDER", stranger));
        String id = reserved(bed);

        assertThat(other.post("/api/referrals/" + id + "/reservation/decline", Map.of("reason", "Not ours"))
                .status()).isEqualTo(403);
        assertThat(bedStatus(bed)).isEqualTo("RESERVED");
        assertThat(hub.coordinator.get("/api/referrals/" + id).json().path("status").asText())
                .isEqualTo("READY_TO_DISCHARGE");

        assertThat(hub.coordinator.post("/api/referrals/" + id + "/reservation/decline", Map.of("reason", " "))
                .status()).isEqualTo(400);
        Api.Response byHub = hub.coordinator.post("/api/referrals/" + id + "/reservation/decline",
                Map.of("reason", "The home phoned: no bariatric bed"));
        assertThat(byHub.status()).isEqualTo(200);
        assertThat(bedStatus(bed)).isEqualTo("AVAILABLE");
    }

    @Test
    void asking_the_mdt_to_re_triage_puts_the_person_first_on_its_worklist_until_it_triages() {
        String waiting = referral(TestClock.now().minus(2, ChronoUnit.HOURS));
        String noBed = referral(TestClock.now().minus(1, ChronoUnit.HOURS));
        triage(noBed, 2, "Rehab, infection-positive");
        assertThat(As.mdt(() -> referrals.triageWorklist("", 0, 10_000))).extracting(Referral::id).doesNotContain(noBed);

        As.coordinator(() -> capacity.askForRetriage(noBed,
                new ReferralCommands.Reason("No designated setting has rehab beds")));
        java.util.List<String> worklist = As.mdt(() -> referrals.triageWorklist("", 0, 100_000)).stream()
                .map(Referral::id).toList();
        assertThat(worklist).contains(noBed, waiting);
        assertThat(worklist.indexOf(noBed)).as("re-triage first").isLessThan(worklist.indexOf(waiting));
        assertThat(history(noBed)).contains("RETRIAGE_REQUESTED");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> As.coordinator(() -> capacity.askForRetriage(noBed,
                new ReferralCommands.Reason("Again")))).isInstanceOf(ConflictException.class);

        triage(noBed, 3, "Nursing in the designated setting");
        assertThat(As.mdt(() -> referrals.triageWorklist("", 0, 10_000))).extracting(Referral::id).doesNotContain(noBed);
    }

    private String referral(Instant readyToLeaveAt) {
        Api.Response created = hub.mdt.post("/api/referrals", People.referral(locality, readyToLeaveAt));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private String reserved(String bed) {
        String id = referral(TestClock.now().minus(1, ChronoUnit.HOURS));
        triage(id, 2, "Needs rehab");
        assertThat(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status())
                .isEqualTo(201);
        return id;
    }

    private Api.Response triage(String id, int pathway, String rationale) {
        Map<String, Object> body = pathway == 1
                ? Map.of("pathway", 1, "hoursPerWeek", 14, "startDate", TODAY.toString(), "rationale", rationale)
                : pathway >= 2 ? Map.of("pathway", pathway, "bedType", "REHAB", "rationale", rationale)
                        : Map.of("pathway", 0, "rationale", rationale);
        return hub.mdt.post("/api/referrals/" + id + "/triage", body);
    }

    private Api.Response offer(String id, String provider) {
        return hub.coordinator.post("/api/referrals/" + id + "/allocation",
                Map.of("providerCode", provider, "startDate", TODAY.toString()));
    }

    private String bedStatus(String bed) {
        return jdbc.queryForObject("select status from hub.bed where code = ?", String.class, bed);
    }

    private BigDecimal hoursHeld(String provider) {
        return jdbc.queryForObject("""
                select c.hours_offered + c.hours_booked from hub.home_care_capacity c
                join hub.provider p on p.id = c.provider_id where p.code = ? and c.day = ?""", BigDecimal.class,
                provider, TODAY);
    }

    private String offerStatuses(String id) {
        return jdbc.queryForObject("select string_agg(status, ',') from hub.home_care_offer where referral_id = ?",
                String.class, id);
    }

    private java.util.List<String> history(String id) {
        return hub.coordinator.get("/api/referrals/" + id).json().path("history").findValuesAsText("action");
    }

    private com.fasterxml.jackson.databind.JsonNode sitrep() {
        return hub.coordinator.get("/api/sitrep?day=" + TODAY + "&locality=" + locality).json();
    }
}
