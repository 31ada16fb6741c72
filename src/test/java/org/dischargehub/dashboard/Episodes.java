package org.dischargehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.People;

/** Walks referrals through the API with a chosen discharge ready date, the way the MDT, hub and providers would. */
final class Episodes {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final int port;
    private final County county;
    private final Api mdt;
    private final Api coordinator;

    Episodes(int port, County county) {
        this.port = port;
        this.county = county;
        this.mdt = Api.as(port, "mdt", "mdt");
        this.coordinator = Api.as(port, "coordinator", "coordinator");
    }

    /** A referral ready to leave at 10:00 London time on the day, not yet triaged. */
    String referral(String locality, LocalDate ready) {
        return referral(locality, ready, Map.of());
    }

    /** As {@link #referral(String, LocalDate)}, with some of the person's details chosen (nhsNumber, dateOfBirth). */
    String referral(String locality, LocalDate ready, Map<String, Object> person) {
        Map<String, Object> body = People.referral(locality, ready.atTime(10, 0).atZone(LONDON).toInstant());
        body.putAll(person);
        Api.Response created = mdt.post("/api/referrals", body);
        expect(created, 201);
        return created.json().path("id").asText();
    }

    void delayReason(String id, String code) {
        expect(coordinator.put("/api/referrals/" + id + "/delay-reason", Map.of("code", code)), 200);
    }

    String simple(String locality, LocalDate ready, LocalDate dischargedOn) {
        String id = referral(locality, ready);
        expect(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0, "rationale", "Independent")), 200);
        return discharge(id, dischargedOn);
    }

    /** Pathway 2 into the bed; discharged on the day unless {@code dischargedOn} is null. */
    String bed(String locality, LocalDate ready, String bedCode, String reason, LocalDate dischargedOn) {
        String id = referral(locality, ready);
        expect(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Needs a bed")), 200);
        if (reason != null) {
            delayReason(id, reason);
        }
        expect(coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bedCode)), 201);
        return dischargedOn == null ? id : discharge(id, dischargedOn);
    }

    /** Pathway 1: the provider posts capacity on the start day and accepts the offer; discharged on that day if asked. */
    String homeCare(String locality, LocalDate ready, String provider, Api providerUser, int hoursPerWeek,
            LocalDate start, String reason, boolean discharge) {
        return homeCare(locality, ready, provider, providerUser, hoursPerWeek, start, reason, discharge, Map.of());
    }

    String homeCare(String locality, LocalDate ready, String provider, Api providerUser, int hoursPerWeek,
            LocalDate start, String reason, boolean discharge, Map<String, Object> person) {
        county.capacity(provider, locality, start, hoursPerWeek);
        String id = referral(locality, ready, person);
        expect(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1, "hoursPerWeek", hoursPerWeek,
                "startDate", start.toString(), "rationale", "Reablement at home")), 200);
        if (reason != null) {
            delayReason(id, reason);
        }
        expect(coordinator.post("/api/referrals/" + id + "/allocation", Map.of("providerCode", provider,
                "startDate", start.toString())), 201);
        JsonNode offer = providerUser.get("/api/offers?status=OPEN").find("referralId", id);
        assertThat(offer.isMissingNode()).as("an open offer for " + id).isFalse();
        expect(providerUser.post("/api/offers/" + offer.path("id").asText() + "/accept", null), 200);
        return discharge ? discharge(id, start) : id;
    }

    Api providerUser(String provider) {
        return Api.as(port, county.user("u" + provider.substring(provider.lastIndexOf('-') + 1), "PROVIDER",
                provider), County.password());
    }

    String discharge(String id, LocalDate on) {
        expect(coordinator.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", on.toString())), 200);
        return id;
    }

    /** A step-down (or step-up) to another bed, recorded now. */
    void move(String id, String bedCode) {
        expect(coordinator.post("/api/referrals/" + id + "/move", Map.of("bedCode", bedCode)), 200);
    }

    void decide(String id, String outcome, LocalDate on) {
        expect(coordinator.post("/api/referrals/" + id + "/funding-decision", Map.of("outcome", outcome,
                "decidedOn", on.toString(), "rationale", "Panel decision")), 200);
    }

    void close(String id, String outcome, LocalDate on) {
        expect(coordinator.post("/api/referrals/" + id + "/close", Map.of("outcome", outcome,
                "closedOn", on.toString())), 200);
    }

    static void expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }
}
