package org.dischargehub.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.security.Role;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Commissioning prices are commercially sensitive: a provider reads its own and null for every other's. */
@HubIntegrationTest
class ProviderPricesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    DirectoryService directory;
    @Autowired
    BedBaseService bedBase;
    County county;
    String providerA;
    String providerB;
    String settingA;
    String settingB;
    Api userOfA;

    @BeforeEach
    void setUp() {
        county = new County(port);
        providerA = bedBasedProviderCharging("A", "21.50");
        providerB = bedBasedProviderCharging("B", "23.75");
        String locality = county.locality("L");
        settingA = county.setting("SA", providerA, locality, 1, "150.11", false);
        settingB = county.setting("SB", providerB, locality, 1, "175.37", false);
        userOfA = Api.as(port, county.user("prov-a", "PROVIDER", providerA), County.password());
    }

    @Test
    void a_provider_sees_its_own_hourly_rate_and_null_for_another_providers() {
        expectOwnPriceAndNullForOthers(userOfA.get("/api/providers"), "hourlyRate", providerA, "21.50", providerB);
    }

    @Test
    void a_provider_sees_its_own_settings_daily_rate_and_null_for_another_providers() {
        Api.Response settings = userOfA.get("/api/settings");

        expectOwnPriceAndNullForOthers(settings, "dailyRate", settingA, "150.11", settingB);
        assertThat(settings.find("code", settingB).path("tier").asInt()).isEqualTo(1);
        assertThat(settings.body()).doesNotContain("175.37");
    }

    @Test
    void a_home_care_provider_sees_no_bed_based_providers_prices() {
        String homeCare = county.homeCareProvider("HC", "19.40");
        Api userOfHomeCare = Api.as(port, county.user("prov-hc", "PROVIDER", homeCare), County.password());

        expectOwnPriceAndNullForOthers(userOfHomeCare.get("/api/providers"), "hourlyRate", homeCare, "19.40",
                providerA, providerB);
        Api.Response settings = userOfHomeCare.get("/api/settings");
        assertThat(settings.find("code", settingA).get("dailyRate").isNull()).isTrue();
        assertThat(settings.find("code", settingB).get("dailyRate").isNull()).isTrue();
    }

    @Test
    void a_provider_closing_its_own_setting_gets_its_own_daily_rate_back() {
        Api.Response closed = userOfA.put("/api/settings/" + settingA + "/admissions",
                Map.of("accepting", false, "reason", "Staff shortage"));

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("dailyRate").decimalValue()).isEqualByComparingTo("150.11");
    }

    @Test
    void a_coordinator_and_a_manager_see_every_providers_prices() {
        for (Api staff : new Api[] {Api.as(port, "coordinator", "coordinator"), Api.as(port, "manager", "manager")}) {
            Api.Response providers = staff.get("/api/providers");
            assertThat(providers.find("code", providerA).path("hourlyRate").decimalValue())
                    .isEqualByComparingTo("21.50");
            assertThat(providers.find("code", providerB).path("hourlyRate").decimalValue())
                    .isEqualByComparingTo("23.75");
            Api.Response settings = staff.get("/api/settings");
            assertThat(settings.find("code", settingA).path("dailyRate").decimalValue())
                    .isEqualByComparingTo("150.11");
            assertThat(settings.find("code", settingB).path("dailyRate").decimalValue())
                    .isEqualByComparingTo("175.37");
        }
    }

    @Test
    void the_settings_screens_rows_carry_no_daily_rate_of_another_provider() {
        Long idOfA = directory.provider(providerA).id();
        Map<String, BigDecimal> rates = As.user("prov-a", Role.PROVIDER, idOfA, () -> bedBase.settingRows().stream()
                .filter(row -> row.code().equals(settingA) || row.code().equals(settingB))
                .collect(HashMap::new, (m, row) -> m.put(row.code(), row.dailyRate()), HashMap::putAll));

        assertThat(rates).containsOnlyKeys(settingA, settingB);
        assertThat(rates.get(settingA)).isEqualByComparingTo("150.11");
        assertThat(rates.get(settingB)).isNull();
    }

    @Test
    void the_api_description_says_a_hidden_price_is_null() {
        JsonNode schemas = Api.anonymous(port).get("/v3/api-docs").json().path("components").path("schemas");

        for (JsonNode rate : new JsonNode[] {schemas.path("ProviderJson").path("properties").path("hourlyRate"),
                schemas.path("SettingJson").path("properties").path("dailyRate")}) {
            assertThat(rate.path("nullable").asBoolean()).as(rate.toString()).isTrue();
            assertThat(rate.path("description").asText()).contains("another provider");
        }
    }

    /** The caller's own price is there; every other's field stays (one shape for every caller) but is null. */
    private static void expectOwnPriceAndNullForOthers(Api.Response list, String field, String own, String ownPrice,
            String... others) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.find("code", own).path(field).decimalValue()).isEqualByComparingTo(ownPrice);
        for (String other : others) {
            JsonNode element = list.find("code", other);
            assertThat(element.path("name").asText()).isNotEmpty();
            assertThat(element.has(field)).as(element.toString()).isTrue();
            assertThat(element.get(field).isNull()).as(element.toString()).isTrue();
        }
    }

    private String bedBasedProviderCharging(String prefix, String hourlyRate) {
        String code = county.code(prefix);
        Api.Response created = Api.as(port, "manager", "manager").post("/api/providers",
                Map.of("code", code, "name", "Provider " + code, "kind", "BED_BASED", "hourlyRate", new BigDecimal(hourlyRate)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }
}
