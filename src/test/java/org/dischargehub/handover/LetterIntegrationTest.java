package org.dischargehub.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A letter at triage, at each change of plan and at discharge: each kept, each saying what changed. */
@HubIntegrationTest
class LetterIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @Test
    void a_pathway_1_episode_gives_a_triage_letter_a_change_when_the_provider_accepts_and_a_discharge_letter()
            throws Exception {
        Hub hub = Hub.on(port, "LTR");
        String provider = hub.homeCare();
        String id = newReferral(hub);
        ok(hub.mdt.put("/api/referrals/" + id + "/contact", Map.of("nextOfKin", Map.of("name", "Grace Hopper",
                "relationship", "Daughter", "consentToShare", true),
                "communicationNeeds", Map.of("largePrint", true))));
        assertThat(hub.mdt.get("/api/referrals/" + id + "/letters").json()).as("no plan yet, no letter").isEmpty();

        ok(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1, "hoursPerWeek", 14,
                "startDate", TODAY.toString(), "rationale", "Help with washing")));
        ok(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("providerCode", provider,
                "startDate", TODAY.toString())));
        Api carer = hub.homeCareUser();
        ok(carer.post("/api/offers/" + carer.get("/api/offers?status=OPEN").find("referralId", id).path("id")
                .asText() + "/accept", null));
        ok(hub.coordinator.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.toString())));

        JsonNode letters = hub.coordinator.get("/api/referrals/" + id + "/letters").json();
        assertThat(letters.findValuesAsText("kind")).containsExactly("TRIAGE", "CHANGE", "DISCHARGE");
        assertThat(letters.findValuesAsText("number")).containsExactly("1", "2", "3");
        assertThat(letters.get(0).path("replaces").isNull()).isTrue();
        assertThat(letters.get(1).path("replaces").asInt()).isEqualTo(1);
        assertThat(letters.get(2).path("replaces").asInt()).isEqualTo(2);
        assertThat(letters.findValuesAsText("format")).containsOnly("LARGE_PRINT");

        String triage = text(pdf(letters.get(0).path("id").asText()));
        assertThat(triage).contains("GraceHopper").doesNotContain("Provider" + provider);
        String change = text(pdf(letters.get(1).path("id").asText()));
        assertThat(change).contains("Provider" + provider).contains("replacesletter1");
        String discharge = text(pdf(letters.get(2).path("id").asText()));
        assertThat(discharge).contains("Provider" + provider).contains("freeuntil").contains("replacesletter2");
    }

    @Test
    void a_reserved_bed_gives_a_letter_naming_its_setting_that_replaces_the_triage_letter() throws Exception {
        Hub hub = Hub.on(port, "LTB");
        String bed = hub.bed("REHAB");
        String id = newReferral(hub);
        ok(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Rehab after a fall")));
        ok(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)));

        JsonNode letters = hub.coordinator.get("/api/referrals/" + id + "/letters").json();

        assertThat(letters.findValuesAsText("kind")).containsExactly("TRIAGE", "CHANGE");
        String setting = hub.coordinator.get("/api/beds?locality=" + hub.locality()).find("bedCode", bed)
                .path("settingName").asText();
        assertThat(text(pdf(letters.get(1).path("id").asText()))).contains(setting.replaceAll("\\s+", ""))
                .contains("replacesletter1");
    }

    @Test
    void a_change_that_leaves_the_plan_as_it_was_writes_no_letter_and_a_provider_may_not_read_letters()
            throws Exception {
        Hub hub = Hub.on(port, "LTS");
        String id = newReferral(hub);
        ok(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0, "rationale", "Independent")));
        ok(hub.mdt.put("/api/referrals/" + id + "/delay-reason", Map.of("code", "OTHER")));

        JsonNode letters = hub.mdt.get("/api/referrals/" + id + "/letters").json();
        assertThat(letters.findValuesAsText("kind")).containsExactly("TRIAGE");
        assertThat(letters.get(0).path("format").asText()).isEqualTo("STANDARD");
        hub.homeCare();
        assertThat(hub.homeCareUser().unchecked().get("/api/referrals/" + id + "/letters").status()).isEqualTo(403);
        assertThat(send("/api/letters/" + letters.get(0).path("id").asText(), hub.homeCareUsername(),
                org.dischargehub.support.County.password()).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> missing = send("/api/letters/no-such-letter", "mdt", "mdt");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void a_week_before_the_funded_period_ends_the_person_is_told_the_day_once() throws Exception {
        Hub hub = Hub.on(port, "LTE");
        String id = newReferral(hub);
        ok(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Rehab after a fall")));
        ok(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", hub.bed("REHAB"))));
        ok(hub.coordinator.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.toString())));
        String lastDay = hub.coordinator.get("/api/referrals/" + id).json().path("fundedPeriod").path("end").asText();
        Job notice = management.createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult()
                        .getId())
                .activityId("BoundaryEvent_FundedPeriodEndsSoon").singleResult();
        assertThat(LocalDate.ofInstant(notice.getDuedate().toInstant(), TestClock.clock().getZone()))
                .as("seven days before the last free day ends").isEqualTo(LocalDate.parse(lastDay).minusDays(6));

        management.executeJob(notice.getId());
        ok(hub.coordinator.put("/api/referrals/" + id + "/contact", Map.of("phone", "01632 960123")));

        JsonNode letters = hub.coordinator.get("/api/referrals/" + id + "/letters").json();
        assertThat(letters.findValuesAsText("kind")).containsExactly("TRIAGE", "CHANGE", "DISCHARGE", "CHANGE");
        String ending = text(pdf(letters.get(3).path("id").asText()));
        assertThat(ending).contains("Yourfreecareendson" + HumanTime.date(LocalDate.parse(lastDay))
                .replaceAll("\\s+", "")).contains("replacesletter3");
        ok(hub.coordinator.post("/api/referrals/" + id + "/funding-decision", Map.of("outcome", "COUNCIL",
                "decidedOn", TODAY.toString(), "rationale", "Care Act assessment")));
        JsonNode after = hub.coordinator.get("/api/referrals/" + id + "/letters").json();
        assertThat(after).hasSize(5);
        assertThat(text(pdf(after.get(4).path("id").asText()))).as("the notice is given once")
                .doesNotContain("Yourfreecareendson").contains("decisionhasbeenmade");
    }

    private byte[] pdf(String letterId) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send("/api/letters/" + letterId, "coordinator", "coordinator");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        return response.body();
    }

    private HttpResponse<byte[]> send(String path, String username, String password)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The letter's words with every space and line break taken out, so a wrapped line reads whole. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static String newReferral(Hub hub) {
        return hub.mdt.post("/api/referrals", People.referral(hub.locality(),
                TestClock.now().truncatedTo(ChronoUnit.SECONDS))).json().path("id").asText();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(List.of(200, 201));
    }
}
