package org.dischargehub.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dischargehub.funding.Placements.Episode;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.DateSensitive;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One funding decision per episode, fast-track CHC marked as such, corrections as amendments that keep a reason. */
@DateSensitive
@HubIntegrationTest
class FundingDecisionApiIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    Api coordinator;
    County county;
    Placements placements;
    String setting;

    @BeforeEach
    void setUp() {
        coordinator = Api.as(port, "coordinator", "coordinator");
        county = new County(port);
        String locality = county.locality("DL");
        placements = new Placements(port, locality);
        setting = county.setting("DS", county.bedBasedProvider("DB"), locality, 1, "120.00", false);
    }

    Episode inD2a(String suffix) {
        return placements.bed(2, county.bed(setting, suffix, "END_OF_LIFE"), "END_OF_LIFE", TODAY.minusDays(10));
    }

    static Map<String, Object> decision(String outcome, LocalDate decidedOn, Boolean fastTrack) {
        Map<String, Object> body = new HashMap<>(Map.of("outcome", outcome, "decidedOn", decidedOn.toString(),
                "rationale", "Checklist and DST completed"));
        if (fastTrack != null) {
            body.put("fastTrack", fastTrack);
        }
        return body;
    }

    static void expectFieldError(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
    }

    @Test
    void fast_track_chc_at_the_end_of_life_is_recorded_and_shown_as_such() {
        Episode episode = inD2a("01");
        Api.Response decided = coordinator.post("/api/referrals/" + episode.id() + "/funding-decision",
                decision("CHC", TODAY, true));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        JsonNode decision = decided.json().path("fundingDecision");
        assertThat(decision.path("outcome").asText()).isEqualTo("CHC");
        assertThat(decision.path("fastTrack").asBoolean()).isTrue();
        assertThat(decision.path("amendments")).isEmpty();
        assertThat(decided.json().path("history").findValuesAsText("detail"))
                .anyMatch(detail -> detail.contains("fast track, end of life"));
    }

    @Test
    void fast_track_applies_only_to_chc_and_without_the_flag_a_decision_is_not_fast_track() {
        Episode episode = inD2a("01");
        expectFieldError(coordinator.post("/api/referrals/" + episode.id() + "/funding-decision",
                decision("FNC", TODAY, true)), "fastTrack");
        Api.Response decided = coordinator.post("/api/referrals/" + episode.id() + "/funding-decision",
                decision("CHC", TODAY, null));
        assertThat(decided.json().path("fundingDecision").path("fastTrack").asBoolean()).isFalse();
    }

    @Test
    void there_is_one_decision_per_episode_and_a_second_is_a_409() {
        Episode episode = inD2a("01");
        assertThat(coordinator.post("/api/referrals/" + episode.id() + "/funding-decision",
                decision("COUNCIL", TODAY, null)).status()).isEqualTo(200);
        Api.Response again = coordinator.post("/api/referrals/" + episode.id() + "/funding-decision",
                decision("SELF_FUNDED", TODAY, null));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(coordinator.get("/api/referrals/" + episode.id()).json().path("fundingDecision").path("outcome")
                .asText()).isEqualTo("COUNCIL");
    }

    @Test
    void an_amendment_keeps_the_original_decision_and_its_reason() {
        Episode episode = inD2a("01");
        coordinator.post("/api/referrals/" + episode.id() + "/funding-decision", decision("COUNCIL", TODAY, null));
        Map<String, Object> amendment = decision("CHC", TODAY.minusDays(3), true);
        amendment.put("reason", "The CHC panel had already decided; recorded against the wrong person");

        Api.Response amended = coordinator.post("/api/referrals/" + episode.id() + "/funding-decision/amendments",
                amendment);

        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        JsonNode decision = amended.json().path("fundingDecision");
        assertThat(decision.path("outcome").asText()).isEqualTo("CHC");
        assertThat(decision.path("decidedOn").asText()).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(decision.path("fastTrack").asBoolean()).isTrue();
        assertThat(decision.path("amendments")).hasSize(1);
        JsonNode kept = decision.path("amendments").get(0);
        assertThat(kept.path("reason").asText()).startsWith("The CHC panel had already decided");
        assertThat(kept.path("amendedBy").asText()).isEqualTo("coordinator");
        assertThat(kept.path("previous").path("outcome").asText()).isEqualTo("COUNCIL");
        assertThat(kept.path("previous").path("decidedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(kept.path("previous").path("decidedBy").asText()).isEqualTo("coordinator");
        assertThat(amended.json().path("history").findValuesAsText("action"))
                .containsSubsequence("FUNDING_DECIDED", "FUNDING_AMENDED");
        assertThat(amended.json().path("status").asText()).isEqualTo("FUNDING_DECIDED");
    }

    @Test
    void an_amendment_is_validated_like_a_decision_and_needs_a_reason_and_a_decision_to_amend() {
        Episode episode = inD2a("01");
        Map<String, Object> amendment = decision("CHC", TODAY, null);
        amendment.put("reason", "Corrected");
        Api.Response nothingToAmend = coordinator.post("/api/referrals/" + episode.id()
                + "/funding-decision/amendments", amendment);
        assertThat(nothingToAmend.status()).as(nothingToAmend.toString()).isEqualTo(409);

        coordinator.post("/api/referrals/" + episode.id() + "/funding-decision", decision("COUNCIL", TODAY, null));
        String path = "/api/referrals/" + episode.id() + "/funding-decision/amendments";
        expectFieldError(coordinator.post(path, decision("CHC", TODAY, null)), "reason");
        Map<String, Object> future = decision("CHC", TODAY.plusDays(1), null);
        future.put("reason", "x");
        expectFieldError(coordinator.post(path, future), "decidedOn");
        Map<String, Object> beforeDischarge = decision("CHC", TODAY.minusDays(11), null);
        beforeDischarge.put("reason", "x");
        expectFieldError(coordinator.post(path, beforeDischarge), "decidedOn");
        Map<String, Object> same = decision("COUNCIL", TODAY, null);
        same.put("reason", "no change");
        expectFieldError(coordinator.post(path, same), "outcome");
        Map<String, Object> tooLong = decision("CHC", TODAY, null);
        tooLong.put("reason", "x".repeat(4001));
        expectFieldError(coordinator.post(path, tooLong), "reason");

        assertThat(coordinator.get("/api/referrals/" + episode.id()).json().path("fundingDecision")
                .path("amendments")).isEmpty();
        assertThat(Api.as(port, "mdt", "mdt").post(path, amendment).status()).isEqualTo(403);
        assertThat(coordinator.post("/api/referrals/nope/funding-decision/amendments", amendment).status())
                .isEqualTo(404);
    }

    @Test
    void the_assessment_progress_is_recorded_in_the_history_during_the_funded_period_only() {
        Episode episode = inD2a("01");
        String path = "/api/referrals/" + episode.id() + "/assessment";
        expectFieldError(coordinator.post(path, Map.of("status", "BOOKED")), "note");
        expectFieldError(coordinator.post(path, Map.of("status", "LOST", "note", "x")), "status");
        Api.Response booked = coordinator.post(path, Map.of("status", "BOOKED", "note", "OT visit on Monday"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        assertThat(booked.json().path("assessmentStatus").asText()).isEqualTo("BOOKED");
        Api.Response completed = coordinator.post(path, Map.of("status", "COMPLETED", "note", "Assessed"));
        assertThat(completed.json().path("assessmentStatus").asText()).isEqualTo("COMPLETED");
        assertThat(completed.json().path("history").findValuesAsText("action"))
                .containsSubsequence("ASSESSMENT_BOOKED", "ASSESSMENT_COMPLETED");

        coordinator.post("/api/referrals/" + episode.id() + "/funding-decision", decision("FNC", TODAY, null));
        assertThat(coordinator.post(path, Map.of("status", "COMPLETED", "note", "late")).status()).isEqualTo(409);
    }
}
