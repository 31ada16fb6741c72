package org.dischargehub.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;

/**
 * One person's episode through the API, as a region's people do it: the MDT refers and triages (pathway shares
 * 50/45/4/1), a coordinator allocates from the ranked options — taking the best one, as every other coordinator
 * does at the same moment, so allocations collide on the same beds and provider-days and the losers retry — the
 * provider answers the offer (some decline), then discharge, the funding decision and the close.
 */
final class Episode {

    static final String[] OUTCOMES = {"CHC", "FNC", "COUNCIL", "SELF_FUNDED", "NO_ONGOING_NEEDS"};
    static final double DECLINE_SHARE = 0.15;

    private final Region region;
    private final Stats stats;
    private final Random random;

    Episode(Region region, Stats stats, Random random) {
        this.region = region;
        this.stats = stats;
        this.random = random;
    }

    /** Runs the episode to its close; false when a step failed or no capacity turned up in time. */
    boolean run() {
        String locality = region.localities.get(random.nextInt(region.localities.size()));
        HubClient.Result referral = region.mdt.post("/api/referrals", "/api/referrals", referralBody(locality));
        if (referral.status() != 201) {
            return false;
        }
        String id = referral.json().path("id").asText();
        int pathway = Region.pathway(random);
        if (!region.mdt.post("/api/referrals/{id}/triage", "/api/referrals/" + id + "/triage",
                triageBody(pathway)).ok()) {
            return false;
        }
        boolean allocated = switch (pathway) {
            case 0 -> true;
            case 1 -> homeCare(id, locality);
            default -> bed(id);
        };
        if (!allocated) {
            return false;
        }
        String today = Region.today().toString();
        if (!region.coordinator.post("/api/referrals/{id}/discharge", "/api/referrals/" + id + "/discharge",
                Map.of("dischargedOn", today)).ok()) {
            return false;
        }
        if (pathway > 0) {
            if (!region.coordinator.post("/api/referrals/{id}/funding-decision", "/api/referrals/" + id
                    + "/funding-decision", Map.of("outcome", OUTCOMES[random.nextInt(OUTCOMES.length)],
                    "decidedOn", today, "rationale", "Assessed at home by the reablement team")).ok()) {
                return false;
            }
            if (!region.coordinator.post("/api/referrals/{id}/close", "/api/referrals/" + id + "/close",
                    Map.of("closedOn", today, "outcome", "HOME")).ok()) {
                return false;
            }
        }
        stats.episodeCompleted(pathway);
        return true;
    }

    private boolean homeCare(String id, String locality) {
        String options = "/api/referrals/" + id + "/options";
        for (int attempt = 0; attempt < 30; attempt++) {
            JsonNode candidates = region.coordinator.get("/api/referrals/{id}/options", options).json();
            if (candidates.isEmpty()) {
                topUp(locality);
                continue;
            }
            String provider = best(candidates).path("providerCode").asText();
            HubClient.Result offered = region.coordinator.post("/api/referrals/{id}/allocation",
                    "/api/referrals/" + id + "/allocation",
                    Map.of("providerCode", provider, "startDate", Region.today().toString()));
            if (offered.status() != 201) {
                continue;
            }
            HubClient providerUser = region.providerUsers.get(provider);
            String offerId = null;
            for (JsonNode offer : providerUser.get("/api/offers?status=OPEN", "/api/offers?status=OPEN").json()) {
                if (id.equals(offer.path("referralId").asText())) {
                    offerId = offer.path("id").asText();
                }
            }
            if (offerId == null) {
                return false;
            }
            if (random.nextDouble() < DECLINE_SHARE) {
                providerUser.post("/api/offers/{id}/decline", "/api/offers/" + offerId + "/decline",
                        Map.of("reason", "No carers free in that area this week"));
                continue;
            }
            return providerUser.post("/api/offers/{id}/accept", "/api/offers/" + offerId + "/accept", null).ok();
        }
        return false;
    }

    private boolean bed(String id) {
        String options = "/api/referrals/" + id + "/options";
        long giveUpAt = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < giveUpAt) {
            JsonNode candidates = Waiting.forFirst(giveUpAt,
                    () -> region.coordinator.get("/api/referrals/{id}/options", options).json(), found -> !found.isEmpty());
            if (candidates == null) {
                return false;
            }
            String bed = best(candidates).path("bedCode").asText();
            if (region.coordinator.post("/api/referrals/{id}/allocation", "/api/referrals/" + id + "/allocation",
                    Map.of("bedCode", bed)).status() == 201) {
                return true;
            }
        }
        return false;
    }

    /** Every coordinator takes the top-ranked option (now and then the second): that is where they collide. */
    private JsonNode best(JsonNode candidates) {
        return candidates.size() > 1 && random.nextInt(4) == 0 ? candidates.get(1) : candidates.get(0);
    }

    /** No provider has the hours: one of the locality's providers posts more for today, as the hub asks it to. */
    private void topUp(String locality) {
        List<String> providers = region.homeCareByLocality.get(locality);
        String provider = providers.get(random.nextInt(providers.size()));
        JsonNode rows = region.coordinator.get("/api/capacity/home-care?date=&locality=",
                "/api/capacity/home-care?date=" + Region.today() + "&locality=" + locality).json();
        for (JsonNode row : rows) {
            if (provider.equals(row.path("providerCode").asText())) {
                int posted = row.path("hoursPosted").asInt();
                region.postCapacity(provider, locality, Math.min(9999, posted + region.hoursPosted));
                return;
            }
        }
    }

    private Map<String, Object> referralBody(String locality) {
        Map<String, Object> body = new HashMap<>();
        body.put("nhsNumber", People.nhsNumber());
        body.put("givenName", "Load");
        body.put("familyName", "Person");
        body.put("dateOfBirth", LocalDate.of(1930 + random.nextInt(30), 1 + random.nextInt(12), 1).toString());
        body.put("locality", locality);
        body.put("hospital", "County General Hospital");
        body.put("ward", "Ward " + (1 + random.nextInt(20)));
        body.put("readyToLeaveAt", TestClock.now().minus(1 + random.nextInt(6), ChronoUnit.HOURS).toString());
        body.put("infectionPositive", false);
        return body;
    }

    private Map<String, Object> triageBody(int pathway) {
        Map<String, Object> body = new HashMap<>(Map.of("pathway", pathway, "rationale", "MDT in the discharge lounge"));
        if (pathway == 1) {
            body.put("hoursPerWeek", 5 + random.nextInt(11));
            body.put("startDate", Region.today().toString());
        } else if (pathway >= 2) {
            body.put("bedType", pathway == 3 ? "NURSING" : Region.BED_TYPES.get(random.nextInt(Region.BED_TYPES.size())));
        }
        return body;
    }

    static Random threadRandom() {
        return new Random(ThreadLocalRandom.current().nextLong());
    }
}
