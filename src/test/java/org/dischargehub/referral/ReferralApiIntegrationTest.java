package org.dischargehub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class ReferralApiIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    Hub hub;
    Api mdt;
    Api coordinator;
    County county;
    String locality;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "L");
        mdt = hub.mdt;
        coordinator = hub.coordinator;
        county = hub.county;
        locality = hub.locality();
    }

    String newReferral() {
        Api.Response created = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("AWAITING_TRIAGE");
        return created.json().path("id").asText();
    }

    String bedFor(String type, boolean designated) {
        String setting = county.setting("S" + type.charAt(0) + (designated ? "D" : ""), county.bedBasedProvider("BB"
                + type.charAt(0) + (designated ? "D" : "")), locality, 1, "200.00", designated);
        return county.bed(setting, "01", type);
    }

    @Test
    void pathway_0_goes_from_triage_to_ready_and_closes_at_discharge() {
        String id = newReferral();
        Api.Response triaged = mdt.post("/api/referrals/" + id + "/triage",
                Map.of("pathway", 0, "rationale", "Independent, family support at home"));
        assertThat(triaged.status()).isEqualTo(200);
        assertThat(triaged.json().path("status").asText()).isEqualTo("READY_TO_DISCHARGE");

        Api.Response discharged = mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.toString()));
        assertThat(discharged.status()).isEqualTo(200);
        assertThat(discharged.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(discharged.json().path("fundedPeriod").isNull()).isTrue();
        assertThat(discharged.json().path("history").findValuesAsText("action"))
                .containsExactly("RECEIVED", "TRIAGED", "DISCHARGED");
    }

    @Test
    void pathway_2_reserves_a_bed_occupies_it_at_discharge_and_frees_it_at_close() {
        String bed = bedFor("REHAB", false);
        String id = newReferral();
        mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB", "rationale", "Needs rehab"));
        assertThat(coordinator.get("/api/referrals/" + id).json().path("status").asText()).isEqualTo("AWAITING_CAPACITY");

        Api.Response allocated = coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(201);
        assertThat(allocated.json().path("status").asText()).isEqualTo("READY_TO_DISCHARGE");
        assertThat(allocated.json().path("allocation").path("bedCode").asText()).isEqualTo(bed);

        Api.Response discharged = coordinator.post("/api/referrals/" + id + "/discharge",
                Map.of("dischargedOn", TODAY.minusDays(3).toString()));
        assertThat(discharged.json().path("status").asText()).isEqualTo("IN_D2A");
        assertThat(discharged.json().path("fundedPeriod").path("start").asText()).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(discharged.json().path("fundedPeriod").path("end").asText())
                .isEqualTo(TODAY.minusDays(3).plusDays(41).toString());

        Api.Response decided = coordinator.post("/api/referrals/" + id + "/funding-decision", Map.of(
                "outcome", "COUNCIL", "decidedOn", TODAY.toString(), "rationale", "Care Act assessment completed"));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().path("status").asText()).isEqualTo("FUNDING_DECIDED");
        assertThat(decided.json().path("fundingDecision").path("outcome").asText()).isEqualTo("COUNCIL");
        assertThat(decided.json().path("fundingDecision").path("decidedBy").asText()).isEqualTo("coordinator");

        Api.Response closed = coordinator.post("/api/referrals/" + id + "/close",
                Map.of("closedOn", TODAY.toString(), "outcome", "HOME"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(coordinator.get("/api/referrals/" + id).json().path("history").findValuesAsText("action"))
                .containsExactly("RECEIVED", "TRIAGED", "BED_RESERVED", "DISCHARGED", "FUNDING_DECIDED", "CLOSED");
    }

    @Test
    void pathway_1_offers_home_care_the_provider_accepts_it_then_the_d2a_period_runs() {
        String provider = county.homeCareProvider("HC", "24.00");
        county.capacity(provider, locality, TODAY, 20);
        Api providerUser = hub.as(county.user("hc", "PROVIDER", provider));
        String id = newReferral();
        Api.Response triaged = mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1, "hoursPerWeek", 10.5,
                "startDate", TODAY.toString(), "rationale", "Reablement at home"));
        assertThat(triaged.json().path("requirement").path("hoursPerWeek").asDouble()).isEqualTo(10.5);
        Api.Response offered = coordinator.post("/api/referrals/" + id + "/allocation",
                Map.of("providerCode", provider, "startDate", TODAY.toString()));
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        assertThat(offered.json().path("status").asText()).isEqualTo("OFFERED");
        assertThat(offered.json().path("allocation").isNull()).isTrue();

        String offer = providerUser.get("/api/offers?status=OPEN").find("referralId", id).path("id").asText();
        assertThat(providerUser.post("/api/offers/" + offer + "/accept", null).status()).isEqualTo(200);
        Api.Response accepted = coordinator.get("/api/referrals/" + id);
        assertThat(accepted.json().path("status").asText()).isEqualTo("READY_TO_DISCHARGE");
        assertThat(accepted.json().path("allocation").path("providerCode").asText()).isEqualTo(provider);
        assertThat(accepted.json().path("allocation").path("startDate").asText()).isEqualTo(TODAY.toString());

        coordinator.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.toString()));
        Api.Response readmitted = coordinator.post("/api/referrals/" + id + "/close",
                Map.of("closedOn", TODAY.toString(), "outcome", "READMITTED"));
        assertThat(readmitted.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(readmitted.json().path("closeOutcome").asText()).isEqualTo("READMITTED");
        assertThat(readmitted.json().path("history").findValuesAsText("action")).containsExactly("RECEIVED", "TRIAGED",
                "OFFERED", "OFFER_ACCEPTED", "DISCHARGED", "CLOSED");
    }

    @Test
    void a_bad_nhs_number_and_impossible_dates_are_400s_with_field_errors_and_nothing_is_created() {
        int before = mdt.get("/api/referrals").json().size();
        Map<String, Object> body = new HashMap<>(People.referral(locality, TestClock.now()));
        body.put("nhsNumber", "9434765918");
        expectFieldError(mdt.post("/api/referrals", body), "nhsNumber");
        body.put("nhsNumber", "12345");
        expectFieldError(mdt.post("/api/referrals", body), "nhsNumber");

        Map<String, Object> future = new HashMap<>(People.referral(locality, TestClock.now()));
        future.put("dateOfBirth", TODAY.plusDays(1).toString());
        expectFieldError(mdt.post("/api/referrals", future), "dateOfBirth");

        Map<String, Object> beforeBirth = new HashMap<>(People.referral(locality, Instant.parse("1930-01-01T10:00:00Z")));
        expectFieldError(mdt.post("/api/referrals", beforeBirth), "readyToLeaveAt");

        expectFieldError(mdt.post("/api/referrals", People.referral("NOWHERE", TestClock.now())), "locality");

        Map<String, Object> longWard = new HashMap<>(People.referral(locality, TestClock.now()));
        longWard.put("ward", "w".repeat(201));
        expectFieldError(mdt.post("/api/referrals", longWard), "ward");
        assertThat(mdt.get("/api/referrals").json().size()).isEqualTo(before);
    }

    @Test
    void a_valid_nhs_number_is_accepted_with_spaces_and_stored_as_ten_digits() {
        Map<String, Object> body = new HashMap<>(People.referral(locality, TestClock.now()));
        body.put("nhsNumber", "943 476 5919");
        Api.Response created = mdt.post("/api/referrals", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("nhsNumber").asText()).isEqualTo("9434765919");
    }

    @Test
    void triage_refuses_a_pathway_outside_0_to_3_a_missing_bed_type_and_missing_hours() {
        String id = newReferral();
        expectFieldError(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 4, "rationale", "x")), "pathway");
        expectFieldError(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "rationale", "x")), "bedType");
        expectFieldError(mdt.post("/api/referrals/" + id + "/triage",
                Map.of("pathway", 1, "startDate", TODAY.toString(), "rationale", "x")), "hoursPerWeek");
        expectFieldError(mdt.post("/api/referrals/" + id + "/triage",
                Map.of("pathway", 1, "hoursPerWeek", 0, "startDate", TODAY.toString(), "rationale", "x")), "hoursPerWeek");
        expectFieldError(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0)), "rationale");
        assertThat(mdt.get("/api/referrals/" + id).json().path("status").asText()).isEqualTo("AWAITING_TRIAGE");
    }

    @Test
    void transitions_the_state_does_not_allow_are_409s_and_change_nothing() {
        String id = newReferral();
        assertThat(mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.toString())).status())
                .isEqualTo(409);
        mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 3, "bedType", "NURSING", "rationale", "Complex"));
        Api.Response nothingHeld = mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.toString()));
        assertThat(nothingHeld.status()).isEqualTo(409);
        assertThat(coordinator.post("/api/referrals/" + id + "/funding-decision", Map.of("outcome", "CHC",
                "decidedOn", TODAY.toString(), "rationale", "x")).status()).isEqualTo(409);
        Api.Response after = mdt.get("/api/referrals/" + id);
        assertThat(after.json().path("status").asText()).isEqualTo("AWAITING_CAPACITY");
        assertThat(after.json().path("pathway").asInt()).isEqualTo(3);

        mdt.post("/api/referrals/" + id + "/cancel", Map.of("reason", "Family took her home"));
        assertThat(mdt.post("/api/referrals/" + id + "/cancel", Map.of("reason", "again")).status()).isEqualTo(409);
        Api.Response triageCancelled = mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0,
                "rationale", "again"));
        assertThat(triageCancelled.status()).isEqualTo(409);
        assertThat(triageCancelled.isProblem()).isTrue();
        assertThat(coordinator.post("/api/referrals/" + id + "/close",
                Map.of("closedOn", TODAY.toString(), "outcome", "HOME")).status()).isEqualTo(409);
    }

    @Test
    void invalid_input_is_a_400_even_when_the_state_would_also_refuse() {
        String id = newReferral();
        Api.Response response = coordinator.post("/api/referrals/" + id + "/close",
                Map.of("closedOn", "yesterday", "outcome", "HOME"));
        assertThat(response.status()).isEqualTo(400);
        Api.Response future = mdt.post("/api/referrals/" + id + "/discharge",
                Map.of("dischargedOn", TODAY.plusDays(2).toString()));
        assertThat(future.status()).isEqualTo(400);
    }

    @Test
    void dates_in_the_future_are_refused_for_discharge_decision_and_close() {
        String bed = bedFor("NURSING", false);
        String id = newReferral();
        mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 3, "bedType", "NURSING", "rationale", "Complex"));
        coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed));
        expectFieldError(mdt.post("/api/referrals/" + id + "/discharge",
                Map.of("dischargedOn", TODAY.plusDays(1).toString())), "dischargedOn");
        mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.minusDays(1).toString()));
        expectFieldError(coordinator.post("/api/referrals/" + id + "/funding-decision", Map.of("outcome", "CHC",
                "decidedOn", TODAY.plusDays(1).toString(), "rationale", "x")), "decidedOn");
        expectFieldError(coordinator.post("/api/referrals/" + id + "/funding-decision", Map.of("outcome", "CHC",
                "decidedOn", TODAY.minusDays(2).toString(), "rationale", "before discharge")), "decidedOn");
        expectFieldError(coordinator.post("/api/referrals/" + id + "/close",
                Map.of("closedOn", TODAY.plusDays(1).toString(), "outcome", "HOME")), "closedOn");
        assertThat(coordinator.get("/api/referrals/" + id).json().path("status").asText()).isEqualTo("IN_D2A");
    }

    @Test
    void cancelling_releases_a_reserved_bed() {
        String bed = bedFor("DEMENTIA", false);
        String id = newReferral();
        mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 3, "bedType", "DEMENTIA", "rationale", "Dementia"));
        coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed));
        Api.Response cancelled = mdt.post("/api/referrals/" + id + "/cancel", Map.of("reason", "Died on the ward"));
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");

        String next = newReferral();
        mdt.post("/api/referrals/" + next + "/triage", Map.of("pathway", 3, "bedType", "DEMENTIA", "rationale", "Dementia"));
        assertThat(coordinator.post("/api/referrals/" + next + "/allocation", Map.of("bedCode", bed)).status())
                .isEqualTo(201);
    }

    @Test
    void a_bed_held_for_one_person_is_a_409_for_the_next_and_the_wrong_type_or_setting_is_refused() {
        String bed = bedFor("END_OF_LIFE", false);
        String first = newReferral();
        String second = newReferral();
        for (String id : new String[] {first, second}) {
            mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "END_OF_LIFE", "rationale", "EoL"));
        }
        assertThat(coordinator.post("/api/referrals/" + first + "/allocation", Map.of("bedCode", bed)).status())
                .isEqualTo(201);
        Api.Response taken = coordinator.post("/api/referrals/" + second + "/allocation", Map.of("bedCode", bed));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("detail").asText()).contains("no longer available");
        assertThat(coordinator.get("/api/referrals/" + second).json().path("status").asText())
                .isEqualTo("AWAITING_CAPACITY");

        String wrongType = bedFor("GENERAL", false);
        assertThat(coordinator.post("/api/referrals/" + second + "/allocation", Map.of("bedCode", wrongType)).status())
                .isEqualTo(409);
        String designated = county.bed(county.setting("DES", county.bedBasedProvider("BBD"), locality, 3, "180.00", true),
                "01", "END_OF_LIFE");
        assertThat(coordinator.post("/api/referrals/" + second + "/allocation", Map.of("bedCode", designated)).status())
                .isEqualTo(409);
        expectFieldError(coordinator.post("/api/referrals/" + second + "/allocation", Map.of("bedCode", "NO-SUCH-BED")),
                "bedCode");
    }

    @Test
    void unknown_ids_are_404_and_roles_are_enforced() {
        assertThat(mdt.get("/api/referrals/does-not-exist").status()).isEqualTo(404);
        assertThat(mdt.post("/api/referrals/%27%20OR%201=1--/triage", Map.of("pathway", 0, "rationale", "x")).status())
                .isEqualTo(404);
        String id = newReferral();
        assertThat(coordinator.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0, "rationale", "x")).status())
                .isEqualTo(403);
        Api provider = Api.as(port, county.user("p", "PROVIDER", county.homeCareProvider("HCP", "20.00")),
                County.password());
        assertThat(provider.get("/api/referrals/" + id).status()).isEqualTo(403);
        assertThat(provider.get("/api/referrals").status()).isEqualTo(403);
        assertThat(mdt.get("/api/referrals?status=NONSENSE").status()).isEqualTo(400);
    }

    @Test
    void the_list_filters_by_status_and_pathway() {
        String waiting = newReferral();
        String triaged = newReferral();
        mdt.post("/api/referrals/" + triaged + "/triage", Map.of("pathway", 0, "rationale", "Simple"));
        Api.Response awaiting = coordinator.get("/api/referrals?status=AWAITING_TRIAGE");
        assertThat(awaiting.json().findValuesAsText("id")).contains(waiting).doesNotContain(triaged);
        Api.Response pathway0 = coordinator.get("/api/referrals?pathway=0");
        assertThat(pathway0.json().findValuesAsText("id")).contains(triaged).doesNotContain(waiting);
    }

    @Test
    void a_long_list_is_read_page_by_page_oldest_first_with_the_total_in_a_header() {
        newReferral();
        newReferral();
        newReferral();
        List<String> whole = coordinator.get("/api/referrals?status=AWAITING_TRIAGE").json().findValuesAsText("id");
        assertThat(whole.size()).isGreaterThanOrEqualTo(3);

        List<String> pages = new java.util.ArrayList<>();
        for (int page = 0; page * 2 < whole.size(); page++) {
            Api.Response response = coordinator.get("/api/referrals?status=AWAITING_TRIAGE&size=2&page=" + page);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.header("X-Total-Count")).isEqualTo(String.valueOf(whole.size()));
            assertThat(response.json().size()).isEqualTo(Math.min(2, whole.size() - page * 2));
            pages.addAll(response.json().findValuesAsText("id"));
        }
        assertThat(pages).as("the pages, one after another, are the whole list in its order").isEqualTo(whole);
        assertThat(coordinator.get("/api/referrals?status=AWAITING_TRIAGE").header("X-Total-Count"))
                .as("an unpaged list needs no count").isNull();

        expectFieldError(coordinator.get("/api/referrals?size=0"), "size");
        expectFieldError(coordinator.get("/api/referrals?size=1001"), "size");
        expectFieldError(coordinator.get("/api/referrals?size=ten"), "size");
        expectFieldError(coordinator.get("/api/referrals?size=5&page=-1"), "page");
        expectFieldError(coordinator.get("/api/referrals?page=2"), "size");
    }

    @Test
    void a_delay_reason_is_kept_with_its_history() {
        String id = newReferral();
        Api.Response changed = coordinator.put("/api/referrals/" + id + "/delay-reason", Map.of("code", "PATHWAY_2_BED"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("delayReason").asText()).isEqualTo("PATHWAY_2_BED");
        expectFieldError(coordinator.put("/api/referrals/" + id + "/delay-reason", Map.of("code", "BOREDOM")), "code");
        coordinator.put("/api/referrals/" + id + "/delay-reason", Map.of("code", "FAMILY_CHOICE"));
        assertThat(coordinator.get("/api/referrals/" + id).json().path("history").findValuesAsText("action"))
                .containsExactly("RECEIVED", "DELAY_REASON", "DELAY_REASON");
    }

    @Test
    void a_manager_extends_the_delay_reasons_and_retired_ones_are_no_longer_offered() {
        Api manager = hub.manager;
        String code = "WAITING_" + county.tag;
        expectFieldError(manager.post("/api/delay-reasons", Map.of("code", "bad code!", "label", "x")), "code");
        assertThat(coordinator.post("/api/delay-reasons", Map.of("code", code, "label", "x")).status()).isEqualTo(403);
        Api.Response added = manager.post("/api/delay-reasons", Map.of("code", code, "label", "Awaiting a key safe"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(manager.post("/api/delay-reasons", Map.of("code", code, "label", "again")).status()).isEqualTo(409);
        String id = newReferral();
        assertThat(coordinator.put("/api/referrals/" + id + "/delay-reason", Map.of("code", code)).status())
                .isEqualTo(200);
        assertThat(manager.send("DELETE", "/api/delay-reasons/" + code, null, "application/json").status())
                .isEqualTo(200);
        assertThat(mdt.get("/api/delay-reasons").find("code", code).isMissingNode()).isTrue();
        assertThat(coordinator.get("/api/referrals/" + id).json().path("delayReason").asText()).isEqualTo(code);
        expectFieldError(coordinator.put("/api/referrals/" + id + "/delay-reason", Map.of("code", code)), "code");
    }

    private static void expectFieldError(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }
}
