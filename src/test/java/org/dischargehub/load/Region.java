package org.dischargehub.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.dischargehub.support.TestClock;

/**
 * A region's reference data, set up through the API by a manager: localities, home-care providers with a user each
 * and posted capacity for today, bed-based providers with settings and beds, and the MDT and coordinator users the
 * run signs in as. Codes carry a run tag, so a run never collides with data already in the hub.
 */
public final class Region {

    static final String PASSWORD = "load-generator-passphrase";
    /** The beds' types, in the proportions the region has them and the MDT asks for them. */
    public static final List<String> BED_TYPES = List.of("REHAB", "REHAB", "NURSING", "GENERAL", "DEMENTIA",
            "END_OF_LIFE");

    public final String tag;
    public final List<String> localities = new ArrayList<>();
    /** Home-care provider code → its provider user's client. */
    public final Map<String, HubClient> providerUsers = new HashMap<>();
    /** Locality → the home-care providers that serve it. */
    public final Map<String, List<String>> homeCareByLocality = new HashMap<>();
    public final List<String> beds = new ArrayList<>();
    public final int hoursPosted;
    public HubClient mdt;
    public HubClient coordinator;

    private final HubClient manager;

    private Region(HubClient manager, int hoursPosted, String tag) {
        this.manager = manager;
        this.hoursPosted = hoursPosted;
        this.tag = tag;
    }

    /**
     * @param localities       how many localities (a county of a million has about four to eight)
     * @param homeCarePerPlace home-care providers serving each locality (each also serves the next locality)
     * @param bedsPerLocality  beds in each locality, in two settings (tiers 1 and 2)
     * @param hoursPosted      hours per week of new packages each provider posts per locality for today
     */
    public static Region build(HubClient manager, int localities, int homeCarePerPlace, int bedsPerLocality,
            int hoursPosted) {
        Region region = new Region(manager, hoursPosted,
                UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT));
        region.create(localities, homeCarePerPlace, bedsPerLocality);
        return region;
    }

    /** The same region, its users' calls counted in another run's figures. */
    public Region reportingTo(Stats stats) {
        Region copy = new Region(manager.reportingTo(stats), hoursPosted, tag);
        copy.localities.addAll(localities);
        providerUsers.forEach((provider, client) -> copy.providerUsers.put(provider, client.reportingTo(stats)));
        copy.homeCareByLocality.putAll(homeCareByLocality);
        copy.beds.addAll(beds);
        copy.mdt = mdt.reportingTo(stats);
        copy.coordinator = coordinator.reportingTo(stats);
        return copy;
    }

    /** A pathway in the national shares: 0 for half, 1 for 45%, 2 for 4%, 3 for 1%. */
    public static int pathway(Random random) {
        double u = random.nextDouble();
        return u < 0.50 ? 0 : u < 0.95 ? 1 : u < 0.99 ? 2 : 3;
    }

    /** Today in London on the hub's clock: pinned by the build like every test's, the calendar's without a pin. */
    public static LocalDate today() {
        return TestClock.today();
    }

    private void create(int localityCount, int homeCarePerPlace, int bedsPerLocality) {
        mdt = manager.as(user("mdt", "MDT", null), PASSWORD);
        coordinator = manager.as(user("coord", "COORDINATOR", null), PASSWORD);
        for (int l = 0; l < localityCount; l++) {
            String locality = "LG" + tag + "-L" + l;
            created(manager.post("/api/localities", "/api/localities", Map.of("code", locality,
                    "name", "Load locality " + l + " " + tag)));
            localities.add(locality);
            homeCareByLocality.put(locality, new ArrayList<>());
        }
        for (int l = 0; l < localityCount; l++) {
            String locality = localities.get(l);
            for (int h = 0; h < homeCarePerPlace; h++) {
                String provider = "LG" + tag + "-H" + l + "-" + h;
                created(manager.post("/api/providers", "/api/providers", Map.of("code", provider,
                        "name", "Load home care " + provider, "kind", "HOME_CARE", "hourlyRate", new BigDecimal("24.50"))));
                providerUsers.put(provider, manager.as(user("hc" + l + "x" + h, "PROVIDER", provider), PASSWORD));
                homeCareByLocality.get(locality).add(provider);
                homeCareByLocality.get(localities.get((l + 1) % localityCount)).add(provider);
            }
            String bedProvider = "LG" + tag + "-B" + l;
            created(manager.post("/api/providers", "/api/providers", Map.of("code", bedProvider,
                    "name", "Load beds " + bedProvider, "kind", "BED_BASED")));
            user("bb" + l, "PROVIDER", bedProvider);
            for (int tier = 1; tier <= 2; tier++) {
                String setting = bedProvider + "-S" + tier;
                created(manager.post("/api/settings", "/api/settings", Map.of("code", setting, "name", "Setting " + setting,
                        "providerCode", bedProvider, "locality", locality, "tier", tier, "dailyRate", new BigDecimal("165.00"),
                        "designatedForInfection", false)));
                for (int b = 0; b < bedsPerLocality / 2; b++) {
                    String bed = setting + "-" + b;
                    created(manager.post("/api/settings/{code}/beds", "/api/settings/" + setting + "/beds",
                            Map.of("code", bed, "type", BED_TYPES.get(b % BED_TYPES.size()))));
                    beds.add(bed);
                }
            }
        }
        providerUsers.forEach((provider, client) -> {
            for (Map.Entry<String, List<String>> entry : homeCareByLocality.entrySet()) {
                if (entry.getValue().contains(provider)) {
                    postCapacity(provider, entry.getKey(), hoursPosted);
                }
            }
        });
    }

    /** The provider's rostering system posts its hours for today; a 409 means the hours are already taken. */
    public HubClient.Result postCapacity(String provider, String locality, int hours) {
        return providerUsers.get(provider).put("/api/providers/{code}/capacity/{date}",
                "/api/providers/" + provider + "/capacity/" + today(),
                Map.of("locality", locality, "hoursPerWeek", hours));
    }

    private String user(String prefix, String role, String providerCode) {
        String username = ("lg" + tag + prefix).toLowerCase(Locale.ROOT);
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", PASSWORD, "role", role));
        if (providerCode != null) {
            body.put("providerCode", providerCode);
        }
        created(manager.post("/api/users", "/api/users", body));
        return username;
    }

    private static void created(HubClient.Result result) {
        result.expect(201, "setting up the region");
    }
}
