package org.dischargehub.providerstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dischargehub.providerstatus.ProviderStatusIntegrationTest.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a coordinator sees of homes in trouble: flagged beds ranked last in their tier, and every setting left out. */
@HubIntegrationTest
class HomesInTroubleOptionsIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    Hub hub;
    County county;
    Api coordinator;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "HIT");
        county = hub.county;
        coordinator = hub.coordinator;
    }

    String referral(int pathway, String bedType, boolean infectionPositive) {
        Map<String, Object> body = new HashMap<>(People.referral(hub.locality(),
                TestClock.now().minus(2, ChronoUnit.HOURS)));
        body.put("infectionPositive", infectionPositive);
        String id = hub.mdt.post("/api/referrals", body).json().path("id").asText();
        Map<String, Object> triage = new HashMap<>(Map.of("pathway", pathway, "rationale", "MDT"));
        if (bedType != null) {
            triage.put("bedType", bedType);
        } else {
            triage.putAll(Map.of("hoursPerWeek", 7, "startDate", TODAY.toString()));
        }
        assertThat(hub.mdt.post("/api/referrals/" + id + "/triage", triage).status()).isEqualTo(200);
        return id;
    }

    void fileReturn(String provider, String setting, String outbreak, int staffAbsent, boolean canAdmit) {
        Map<String, Object> body = report(outbreak, 10, staffAbsent, 20);
        body.put("settingCode", setting);
        body.put("canAdmit", canAdmit);
        Api.Response filed = coordinator.put("/api/providers/" + provider + "/status/" + TODAY, body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
    }

    String setting(String provider, String prefix, int tier, boolean designated) {
        return county.setting(prefix, provider, hub.locality(), tier, "200.00", designated);
    }

    /** The candidates in the given settings, in the order offered. */
    List<JsonNode> candidates(String referral, List<String> settings) {
        return inSettings(coordinator.get("/api/referrals/" + referral + "/options"), settings);
    }

    /** The settings left out of the given ones, with why. */
    Map<String, String> leftOut(String referral, List<String> settings) {
        Map<String, String> reasons = new LinkedHashMap<>();
        inSettings(coordinator.get("/api/referrals/" + referral + "/options/left-out"), settings)
                .forEach(e -> reasons.put(e.path("settingCode").asText(), e.path("reason").asText()));
        return reasons;
    }

    private static List<JsonNode> inSettings(Api.Response response, List<String> settings) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        response.json().forEach(o -> {
            if (settings.contains(o.path("settingCode").asText())) {
                mine.add(o);
            }
        });
        return mine;
    }

    @Test
    void red_and_amber_settings_keep_their_beds_in_the_options_with_warnings_after_unflagged_beds_of_their_tier() {
        String provider = county.bedBasedProvider("RAG");
        String red = setting(provider, "RED", 1, true);
        String amber = setting(provider, "AMB", 1, true);
        String green = setting(provider, "GRN", 1, true);
        String silent = setting(provider, "SIL", 1, true);
        String tier2 = setting(provider, "T2", 2, true);
        List<String> mine = List.of(red, amber, green, silent, tier2);
        for (String setting : List.of(red, amber, tier2, green, silent)) {
            county.bed(setting, "01", "DEMENTIA");
        }
        fileReturn(provider, red, "CONFIRMED", 0, true);
        fileReturn(provider, amber, "SUSPECTED", 0, true);
        fileReturn(provider, green, "NONE", 0, true);
        String id = referral(3, "DEMENTIA", true);

        List<JsonNode> offered = candidates(id, mine);
        assertThat(offered).extracting(o -> o.path("settingCode").asText())
                .containsExactly(green, silent, amber, red, tier2);
        assertThat(offered).extracting(o -> o.path("rag").isNull() ? null : o.path("rag").asText())
                .containsExactly("GREEN", null, "AMBER", "RED", null);
        assertThat(offered.get(3).path("warnings").get(0).asText()).isEqualTo("RED rating: confirmed outbreak");
        assertThat(offered.get(2).path("warnings").get(0).asText()).isEqualTo("AMBER rating: suspected outbreak");
        assertThat(offered.get(0).path("warnings").size()).isZero();
        assertThat(offered.get(1).path("warnings").size()).isZero();
    }

    @Test
    void a_return_about_the_whole_provider_flags_every_one_of_its_settings_unless_a_setting_has_a_newer_word() {
        String provider = county.bedBasedProvider("WHOLE");
        String first = setting(provider, "W1", 1, true);
        String second = setting(provider, "W2", 1, true);
        county.bed(first, "01", "DEMENTIA");
        county.bed(second, "01", "DEMENTIA");
        Map<String, Object> whole = report("NONE", 10, 3, 20);
        coordinator.put("/api/providers/" + provider + "/status/" + TODAY.minusDays(1), whole);
        fileReturn(provider, second, "NONE", 0, true);

        List<JsonNode> offered = candidates(referral(3, "DEMENTIA", true), List.of(first, second));
        assertThat(offered).extracting(o -> o.path("settingCode").asText()).containsExactly(second, first);
        assertThat(offered.get(1).path("rag").asText()).isEqualTo("RED");
        assertThat(offered.get(1).path("warnings").get(0).asText()).startsWith("RED rating: 30% of staff absent");
    }

    @Test
    void left_out_names_every_setting_without_a_candidate_for_the_person_and_why() {
        String provider = county.bedBasedProvider("LO");
        String wrongType = setting(provider, "TYPE", 1, false);
        String closed = setting(provider, "SHUT", 1, false);
        String designated = setting(provider, "DES", 1, true);
        String full = setting(provider, "FULL", 1, false);
        String open = setting(provider, "OPEN", 1, false);
        List<String> mine = List.of(wrongType, closed, designated, full, open);
        county.bed(wrongType, "01", "NURSING");
        county.bed(closed, "01", "GENERAL");
        county.bed(designated, "01", "GENERAL");
        String fullBed = county.bed(full, "01", "GENERAL");
        county.bed(open, "01", "GENERAL");
        coordinator.put("/api/beds/" + fullBed + "/availability", Map.of("available", false, "reason", "Repairs"));
        Map<String, Object> cannotAdmit = report("CONFIRMED", 10, 0, 20);
        cannotAdmit.put("settingCode", closed);
        cannotAdmit.put("canAdmit", false);
        cannotAdmit.put("concern", "Norovirus on the ward");
        coordinator.put("/api/providers/" + provider + "/status/" + TODAY, cannotAdmit);

        String negative = referral(2, "GENERAL", false);
        assertThat(leftOut(negative, mine)).isEqualTo(Map.of(
                wrongType, "no general bed in this setting",
                closed, "closed to admissions (Status return of " + HumanTime.date(TODAY)
                        + ": cannot admit new people (Norovirus on the ward))",
                designated, "designated for infection-positive people only",
                full, "no general bed free (all 1 reserved, occupied or closed)"));
        assertThat(candidates(negative, mine)).extracting(o -> o.path("settingCode").asText()).containsExactly(open);

        String positive = referral(2, "GENERAL", true);
        assertThat(leftOut(positive, mine)).containsEntry(open,
                "not designated for infection, and the person is infection-positive")
                .containsEntry(full, "not designated for infection, and the person is infection-positive")
                .doesNotContainKey(designated);
    }

    @Test
    void left_out_is_for_a_coordinator_on_a_bed_pathway_only() {
        String homeCare = referral(1, null, false);
        String bed = referral(2, "GENERAL", false);
        assertThat(coordinator.get("/api/referrals/" + homeCare + "/options/left-out").status()).isEqualTo(409);
        assertThat(hub.mdt.get("/api/referrals/" + bed + "/options/left-out").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/referrals/nope/options/left-out").status()).isEqualTo(404);
    }

    @Test
    void a_setting_closed_by_its_providers_return_refuses_a_reservation_and_the_refusal_changes_nothing() {
        String provider = county.bedBasedProvider("REF");
        String setting = setting(provider, "REF", 1, false);
        String bed = county.bed(setting, "01", "GENERAL");
        fileReturn(provider, setting, "CONFIRMED", 0, false);
        String id = referral(2, "GENERAL", false);

        assertThat(candidates(id, List.of(setting))).isEmpty();
        Api.Response refused = coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("closed to admissions");
        assertThat(coordinator.get("/api/referrals/" + id).json().path("status").asText())
                .isEqualTo("AWAITING_CAPACITY");
        assertThat(hub.manager.get("/api/beds?type=GENERAL").find("bedCode", bed).path("status").asText())
                .isEqualTo("AVAILABLE");
    }
}
