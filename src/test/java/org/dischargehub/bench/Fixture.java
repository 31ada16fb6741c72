package org.dischargehub.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dischargehub.load.HubClient;
import org.dischargehub.load.Stats;
import org.springframework.jdbc.core.JdbcTemplate;

/** A locality with home-care providers, one bed-based provider with one tier-1 setting of REHAB beds. */
record Fixture(String locality, List<String> providers, List<String> beds) {

    /** Made as the hub's manager makes them, through the API; the beds in one batch, as the bed base holds them. */
    static Fixture on(BenchNode node, String prefix, int homeCareProviders, int beds) {
        HubClient manager = new HubClient(node.url(), "manager", "manager", new Stats());
        String locality = prefix + "-L";
        manager.post("/api/localities", "/api/localities", Map.of("code", locality, "name", prefix + " locality"))
                .expect(201, "locality");
        List<String> providers = new ArrayList<>();
        for (int p = 0; p < homeCareProviders; p++) {
            String code = prefix + "-H" + p;
            manager.post("/api/providers", "/api/providers", Map.of("code", code, "name", code, "kind", "HOME_CARE",
                    "hourlyRate", new BigDecimal("24.00"))).expect(201, "provider");
            providers.add(code);
        }
        manager.post("/api/providers", "/api/providers", Map.of("code", prefix + "-B", "name", prefix + " beds",
                "kind", "BED_BASED")).expect(201, "provider");
        manager.post("/api/settings", "/api/settings", Map.of("code", prefix + "-S", "name", prefix + " setting",
                "providerCode", prefix + "-B", "locality", locality, "tier", 1, "dailyRate", new BigDecimal("150.00"),
                "designatedForInfection", false)).expect(201, "setting");
        List<String> codes = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int b = 0; b < beds; b++) {
            codes.add(prefix + "-S-" + b);
            rows.add(new Object[] {prefix + "-S-" + b, prefix + "-S"});
        }
        new JdbcTemplate(node.dataSource()).batchUpdate("""
                insert into hub.bed (code, setting_id, type, status_since)
                values (?, (select id from hub.care_setting where code = ?), 'REHAB', now())""", rows);
        return new Fixture(locality, providers, codes);
    }
}
