package org.dischargehub.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.People;

/** Walks referrals through the API to a placement after discharge, the way the MDT and the hub would. */
final class Placements {

    private final Api mdt;
    private final Api coordinator;
    private final Api manager;
    private static final String PROVIDER_PASSWORD = "provider-password";
    private final int port;
    private final String locality;

    Placements(int port, String locality) {
        this.port = port;
        this.mdt = Api.as(port, "mdt", "mdt");
        this.coordinator = Api.as(port, "coordinator", "coordinator");
        this.manager = Api.as(port, "manager", "manager");
        this.locality = locality;
    }

    /** A scheme from a day, or the one already there (schemes are shared by every test in the run). */
    void scheme(String name, int fundedDays, LocalDate validFrom) {
        int status = manager.post("/api/schemes", Map.of("name", name, "fundedDays", fundedDays,
                "validFrom", validFrom.toString())).status();
        assertThat(status).isIn(201, 409);
    }

    /** Pathway 2 (or 3) in the given bed, discharged on the day. */
    Episode bed(int pathway, String bedCode, String type, LocalDate dischargedOn) {
        String id = referral(dischargedOn);
        expect(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", pathway, "bedType", type,
                "rationale", "Needs a bed")), 200);
        expect(coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bedCode)), 201);
        return discharged(id, dischargedOn);
    }

    /** Pathway 1 with the provider's home care, discharged on the day. */
    Episode homeCare(String provider, String hoursPerWeek, LocalDate dischargedOn) {
        String id = referral(dischargedOn);
        expect(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1,
                "hoursPerWeek", new BigDecimal(hoursPerWeek), "startDate", dischargedOn.toString(),
                "rationale", "Reablement at home")), 200);
        expect(coordinator.put("/api/providers/" + provider + "/capacity/" + dischargedOn, Map.of("locality", locality,
                "hoursPerWeek", new BigDecimal(hoursPerWeek))), 200);
        expect(coordinator.post("/api/referrals/" + id + "/allocation", Map.of("providerCode", provider,
                "startDate", dischargedOn.toString())), 201);
        Api providerUser = Api.as(port, providerUser(provider), PROVIDER_PASSWORD);
        String offer = providerUser.get("/api/offers?status=OPEN").find("referralId", id).path("id").asText();
        expect(providerUser.post("/api/offers/" + offer + "/accept", null), 200);
        return discharged(id, dischargedOn);
    }

    private String providerUser(String provider) {
        String username = ("u-" + provider).toLowerCase();
        int status = manager.post("/api/users", Map.of("username", username, "password", PROVIDER_PASSWORD,
                "role", "PROVIDER", "providerCode", provider)).status();
        assertThat(status).isIn(201, 409);
        return username;
    }

    /** Pathway 0: home with nothing to book. */
    Episode simple(LocalDate dischargedOn) {
        String id = referral(dischargedOn);
        expect(mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 0, "rationale", "Independent")), 200);
        return discharged(id, dischargedOn);
    }

    Api.Response decide(Episode episode, String outcome, LocalDate decidedOn) {
        return coordinator.post("/api/referrals/" + episode.id() + "/funding-decision", Map.of("outcome", outcome,
                "decidedOn", decidedOn.toString(), "rationale", "Panel decision"));
    }

    Api.Response close(Episode episode, String outcome, LocalDate closedOn) {
        return coordinator.post("/api/referrals/" + episode.id() + "/close", Map.of("outcome", outcome,
                "closedOn", closedOn.toString()));
    }

    private String referral(LocalDate dischargedOn) {
        Instant ready = dischargedOn.minusDays(1).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        Api.Response created = mdt.post("/api/referrals", People.referral(locality, ready));
        expect(created, 201);
        return created.json().path("id").asText();
    }

    private Episode discharged(String id, LocalDate on) {
        Api.Response discharged = coordinator.post("/api/referrals/" + id + "/discharge",
                Map.of("dischargedOn", on.toString()));
        expect(discharged, 200);
        return new Episode(id, discharged.json().path("nhsNumber").asText());
    }

    private static void expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    record Episode(String id, String nhsNumber) {
    }
}
