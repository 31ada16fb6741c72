package org.dischargehub.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Tiny factory for test reference data, set up through the API as a manager would, with unique codes. */
public final class County {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final Api manager;
    public final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    public County(int port) {
        this.manager = Api.as(port, "manager", "manager");
    }

    public String code(String prefix) {
        return prefix + "-" + tag + "-" + SEQUENCE.incrementAndGet();
    }

    public String locality(String prefix) {
        String code = code(prefix);
        expectCreated(manager.post("/api/localities", Map.of("code", code, "name", "Locality " + code)));
        return code;
    }

    public String homeCareProvider(String prefix, String hourlyRate) {
        String code = code(prefix);
        expectCreated(manager.post("/api/providers", Map.of("code", code, "name", "Provider " + code,
                "kind", "HOME_CARE", "hourlyRate", new java.math.BigDecimal(hourlyRate))));
        return code;
    }

    public String bedBasedProvider(String prefix) {
        String code = code(prefix);
        expectCreated(manager.post("/api/providers", Map.of("code", code, "name", "Provider " + code,
                "kind", "BED_BASED")));
        return code;
    }

    public String setting(String prefix, String provider, String locality, int tier, String dailyRate,
            boolean designated) {
        String code = code(prefix);
        expectCreated(manager.post("/api/settings", Map.of("code", code, "name", "Setting " + code,
                "providerCode", provider, "locality", locality, "tier", tier, "dailyRate", new java.math.BigDecimal(dailyRate),
                "designatedForInfection", designated)));
        return code;
    }

    public String bed(String setting, String suffix, String type) {
        String code = setting + "-" + suffix;
        expectCreated(manager.post("/api/settings/" + setting + "/beds", Map.of("code", code, "type", type)));
        return code;
    }

    /** Posts a provider's home-care capacity for a day, as the hub may on the provider's behalf. */
    public void capacity(String provider, String locality, java.time.LocalDate day, Object hoursPerWeek) {
        Api.Response response = manager.put("/api/providers/" + provider + "/capacity/" + day,
                Map.of("locality", locality, "hoursPerWeek", hoursPerWeek));
        if (response.status() != 200) {
            throw new IllegalStateException("Expected 200 but got " + response);
        }
    }

    public String user(String prefix, String role, String providerCode) {
        String username = (prefix + "-" + tag).toLowerCase();
        Map<String, Object> body = providerCode == null
                ? Map.of("username", username, "password", password(), "role", role)
                : Map.of("username", username, "password", password(), "role", role, "providerCode", providerCode);
        expectCreated(manager.post("/api/users", body));
        return username;
    }

    public static String password() {
        return "correct-horse-battery";
    }

    private static void expectCreated(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Expected 201 but got " + response);
        }
    }
}
