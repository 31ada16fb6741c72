package org.dischargehub.calls;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.Hub;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;

/** People discharged through the API, each with a call after discharge; and a caller to make the calls. */
final class CallsFixture {

    final Hub hub;
    final Api caller;

    CallsFixture(int port, String prefix) {
        this.hub = Hub.on(port, prefix);
        this.caller = Api.as(port, "caller", "caller");
    }

    /** A pathway 0 referral discharged on the day, with contact details (the next of kin consenting or not). */
    String pathwayZero(LocalDate dischargedOn, String familyName, boolean kinConsents) {
        String id = referral(familyName, dischargedOn);
        expectOk(hub.mdt.put("/api/referrals/" + id + "/contact", contact(kinConsents)));
        expectOk(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0, "rationale", "Home, no new care")));
        expectOk(hub.mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", dischargedOn.toString())));
        return id;
    }

    /** A pathway 2 referral in a rehab bed, discharged on the day (its funded period starts). */
    String pathwayTwo(LocalDate dischargedOn, String familyName) {
        String id = referral(familyName, dischargedOn);
        expectOk(hub.mdt.put("/api/referrals/" + id + "/contact", contact(false)));
        expectOk(hub.mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Rehab after a fall")));
        expectOk(hub.coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", hub.bed("REHAB"))));
        expectOk(hub.mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", dischargedOn.toString())));
        return id;
    }

    /** The caller's row for the referral's call, or a missing node when it is not on the list. */
    JsonNode row(String referralId) {
        return caller.get("/api/calls").find("referralId", referralId);
    }

    Api.Response outcome(String callId, String outcome, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("note", note);
        return caller.unchecked().post("/api/calls/" + callId + "/outcome", body);
    }

    JsonNode openEscalation(String referralId, String kind) {
        for (JsonNode escalation : hub.coordinator.get("/api/escalations?status=OPEN").json()) {
            if (referralId.equals(escalation.path("referralId").asText())
                    && kind.equals(escalation.path("kind").asText())) {
                return escalation;
            }
        }
        return null;
    }

    private String referral(String familyName, LocalDate dischargedOn) {
        Map<String, Object> body = People.referral(hub.locality(), dischargedOn.atStartOfDay(TestClock.clock()
                .getZone()).toInstant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS));
        body.put("familyName", familyName);
        Api.Response made = hub.mdt.post("/api/referrals", body);
        expectOk(made);
        return made.json().path("id").asText();
    }

    private static Map<String, Object> contact(boolean kinConsents) {
        Map<String, Object> body = new HashMap<>();
        body.put("address", "1 Elm Road, Westshire");
        body.put("postcode", "SW1A 1AA");
        body.put("phone", "01632 960001");
        body.put("nextOfKin", Map.of("name", "Grace Hopper", "relationship", "Daughter", "phone", "+44 7700 900123",
                "consentToShare", kinConsents));
        body.put("gp", Map.of("odsCode", "A81001", "name", "Elm Surgery"));
        body.put("communicationNeeds", Map.of("largePrint", true, "language", "Polish", "interpreter", true));
        body.put("accessDetails", "Key safe by the back door, code 1942");
        return body;
    }

    private static void expectOk(Api.Response response) {
        if (response.status() != 200 && response.status() != 201) {
            throw new IllegalStateException("Expected success but got " + response);
        }
    }
}
