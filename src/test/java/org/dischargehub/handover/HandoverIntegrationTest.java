package org.dischargehub.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The person's contact details, and the handover only the provider delivering their care sees. */
@HubIntegrationTest
class HandoverIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Hub hub;

    @BeforeEach
    void setUp() {
        hub = Hub.on(port, "HOV");
    }

    @Test
    void contact_details_are_recorded_read_back_and_each_change_is_audited() {
        String id = newReferral();

        Api.Response saved = hub.mdt.put("/api/referrals/" + id + "/contact", contact());

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode read = hub.coordinator.get("/api/referrals/" + id + "/contact").json();
        assertThat(read.path("postcode").asText()).isEqualTo("SW1A 1AA");
        assertThat(read.path("nextOfKin").path("name").asText()).isEqualTo("Grace Hopper");
        assertThat(read.path("nextOfKin").path("consentToShare").asBoolean()).isTrue();
        assertThat(read.path("gp").path("odsCode").asText()).isEqualTo("A81001");
        assertThat(read.path("communicationNeeds").path("largePrint").asBoolean()).isTrue();
        assertThat(read.path("accessDetails").asText()).isEqualTo("Key safe by the back door, code 1942");
        assertThat(audited(id, "CONTACT")).isEqualTo(1);
        hub.mdt.put("/api/referrals/" + id + "/contact", contact());
        assertThat(audited(id, "CONTACT")).as("an unchanged record is no change").isEqualTo(1);
    }

    @Test
    void bad_shapes_are_a_400_at_their_field_and_change_nothing() {
        String id = newReferral();
        hub.mdt.put("/api/referrals/" + id + "/contact", contact());

        assertRefused(id, with("postcode", "SW1A"), "postcode");
        assertRefused(id, with("phone", "12345"), "phone");
        assertRefused(id, with("gp", Map.of("odsCode", "a81001", "name", "Elm Surgery")), "gp.odsCode");
        assertRefused(id, with("nextOfKin", Map.of("relationship", "Friend", "consentToShare", true)),
                "nextOfKin.name");
        assertRefused(id, with("address", "x".repeat(301)), "address");

        JsonNode read = hub.mdt.get("/api/referrals/" + id + "/contact").json();
        assertThat(read.path("postcode").asText()).isEqualTo("SW1A 1AA");
        assertThat(read.path("phone").asText()).isEqualTo("01632 960001");
        assertThat(read.path("address").asText()).isEqualTo("1 Elm Road, Westshire");
    }

    @Test
    void an_address_may_span_lines_but_no_other_field_holds_a_control_character() {
        String id = newReferral();

        assertThat(hub.mdt.put("/api/referrals/" + id + "/contact", with("address", "1 Elm Road\nWestshire"))
                .status()).isEqualTo(200);

        assertThat(hub.mdt.get("/api/referrals/" + id + "/contact").json().path("address").asText())
                .isEqualTo("1 Elm Road\nWestshire");
        assertRefused(id, with("callTimes", "Mornings\tonly"), "callTimes");
    }

    @Test
    void a_cancelled_referrals_contact_details_no_longer_change() {
        String id = newReferral();
        hub.mdt.post("/api/referrals/" + id + "/cancel", Map.of("reason", "Went home with family"));

        Api.Response refused = hub.mdt.unchecked().put("/api/referrals/" + id + "/contact", contact());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void the_handover_shows_only_to_the_provider_that_accepted_the_package_until_the_placement_ends() {
        String provider = hub.homeCare();
        String id = newReferral();
        hub.mdt.put("/api/referrals/" + id + "/contact", contact());
        assertThat(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1, "hoursPerWeek", 14,
                "startDate", TODAY.toString(), "rationale", "Needs help washing and dressing")).status())
                .isBetween(200, 201);
        assertThat(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("providerCode", provider,
                "startDate", TODAY.toString())).status()).isBetween(200, 201);
        Api carer = hub.homeCareUser();
        String other = hub.county.homeCareProvider("HOVX", "20.00");
        Api otherCarer = hub.as(hub.county.user("hovx", "PROVIDER", other));

        assertThat(carer.unchecked().get("/api/referrals/" + id + "/handover").status())
                .as("an open offer shows no name").isEqualTo(403);
        String offer = carer.get("/api/offers?status=OPEN").find("referralId", id).path("id").asText();
        assertThat(carer.post("/api/offers/" + offer + "/accept", null).status()).isEqualTo(200);

        JsonNode handover = carer.get("/api/referrals/" + id + "/handover").json();
        assertThat(handover.path("familyName").asText()).isNotBlank();
        assertThat(handover.path("address").asText()).isEqualTo("1 Elm Road, Westshire");
        assertThat(handover.path("accessDetails").asText()).isEqualTo("Key safe by the back door, code 1942");
        assertThat(handover.path("needs").asText()).contains("14 hours a week", "Needs help washing and dressing");
        assertThat(handover.path("hubContact").path("directLine").asText()).isNotBlank();
        assertThat(handover.path("startDate").asText()).isEqualTo(TODAY.toString());
        assertThat(carer.get("/api/handovers").find("referralId", id).isMissingNode()).isFalse();
        assertThat(otherCarer.unchecked().get("/api/referrals/" + id + "/handover").status()).isEqualTo(403);
        assertThat(otherCarer.get("/api/handovers").find("referralId", id).isMissingNode()).isTrue();
        assertThat(hub.coordinator.get("/api/referrals/" + id + "/handover").status()).isEqualTo(200);
        assertThat(audited(id, "HANDOVER")).as("the carer's and the coordinator's views").isGreaterThanOrEqualTo(2);

        hub.coordinator.post("/api/referrals/" + id + "/cancel", Map.of("reason", "Readmitted before discharge"));
        assertThat(carer.unchecked().get("/api/referrals/" + id + "/handover").status())
                .as("the placement ended").isEqualTo(403);
        assertThat(carer.get("/api/handovers").find("referralId", id).isMissingNode()).isTrue();
    }

    @Test
    void the_handover_shows_to_the_home_whose_bed_is_reserved_and_to_no_other_home() {
        String bed = hub.bed("REHAB");
        String home = hub.coordinator.get("/api/beds?locality=" + hub.locality()).find("bedCode", bed)
                .path("settingCode").asText();
        String homeProvider = jdbc.sql("select p.code from hub.care_setting s join hub.provider p on p.id = "
                + "s.provider_id where s.code = ?").param(home).query(String.class).single();
        Api nurse = hub.as(hub.county.user("hovb", "PROVIDER", homeProvider));
        Api otherHome = hub.as(hub.county.user("hovo", "PROVIDER", hub.county.bedBasedProvider("HOVO")));
        String id = newReferral();
        hub.mdt.put("/api/referrals/" + id + "/contact", contact());
        hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Rehab after a fall"));

        assertThat(nurse.unchecked().get("/api/referrals/" + id + "/handover").status()).isEqualTo(403);
        hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed));

        JsonNode handover = nurse.get("/api/referrals/" + id + "/handover").json();
        assertThat(handover.path("placement").asText()).contains(bed);
        assertThat(handover.path("risks").toString()).contains("Communication: Polish interpreter");
        assertThat(otherHome.unchecked().get("/api/referrals/" + id + "/handover").status()).isEqualTo(403);
        assertThat(nurse.get("/api/handovers").find("referralId", id).path("placement").asText()).contains(bed);
        assertThat(otherHome.get("/api/handovers").find("referralId", id).isMissingNode()).isTrue();
    }

    private void assertRefused(String id, Map<String, Object> body, String field) {
        Api.Response refused = hub.mdt.unchecked().put("/api/referrals/" + id + "/contact", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly(field);
    }

    private long audited(String referralId, String recordType) {
        return jdbc.sql("select count(*) from hub.audit_event where referral_id = ? and record_type = ?")
                .params(referralId, recordType).query(Long.class).single();
    }

    private String newReferral() {
        return hub.mdt.post("/api/referrals", People.referral(hub.locality(),
                TestClock.now().truncatedTo(ChronoUnit.SECONDS))).json().path("id").asText();
    }

    private static Map<String, Object> contact() {
        Map<String, Object> body = new HashMap<>();
        body.put("address", "1 Elm Road, Westshire");
        body.put("postcode", "SW1A 1AA");
        body.put("phone", "01632 960001");
        body.put("nextOfKin", Map.of("name", "Grace Hopper", "relationship", "Daughter", "phone", "+44 7700 900123",
                "consentToShare", true));
        body.put("gp", Map.of("odsCode", "A81001", "name", "Elm Surgery"));
        body.put("communicationNeeds", Map.of("largePrint", true, "language", "Polish", "interpreter", true));
        body.put("accessDetails", "Key safe by the back door, code 1942");
        body.put("callTimes", "Mornings before 10");
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = contact();
        body.put(field, value);
        return body;
    }
}
