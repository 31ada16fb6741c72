package org.dischargehub.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dischargehub.funding.Placements.Episode;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The recharge statement over HTTP for February and March 2024, months no other test discharges into. Schemes:
 * four weeks from 1 January 2024, six weeks again from 1 March 2024. Every figure is worked out by hand below.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RechargeApiIntegrationTest {

    @LocalServerPort
    int port;
    Api manager;
    Api coordinator;
    Episode bedFromJanuary;
    Episode homeCareAmended;
    Episode bedReadmitted;
    Episode bedUnderSixWeeks;
    String rehab;
    String nursing;
    String homeCare;

    @BeforeAll
    void placements() {
        manager = Api.as(port, "manager", "manager");
        coordinator = Api.as(port, "coordinator", "coordinator");
        County county = new County(port);
        String locality = county.locality("RL");
        Placements placements = new Placements(port, locality);
        placements.scheme("Four weeks (2024)", 28, LocalDate.of(2024, 1, 1));
        placements.scheme("Six weeks (from March 2024)", 42, LocalDate.of(2024, 3, 1));
        String provider = county.bedBasedProvider("RB");
        rehab = county.setting("RS", provider, locality, 1, "150.00", false);
        nursing = county.setting("RN", provider, locality, 2, "99.99", false);
        homeCare = county.homeCareProvider("RH", "23.50");

        // 20 Jan + 28 days = 17 Feb: 1-16 Feb is 16 days x 150.00 = 2400.00.
        bedFromJanuary = placements.bed(2, county.bed(rehab, "01", "REHAB"), "REHAB", LocalDate.of(2024, 1, 20));
        // 10 Feb, decided 25 Feb then amended to 20 Feb: 10-19 Feb is 10 days, 10 h x 23.50 x 10 / 7 = 335.714 -> 335.71.
        homeCareAmended = placements.homeCare(homeCare, "10", LocalDate.of(2024, 2, 10));
        assertThat(placements.decide(homeCareAmended, "COUNCIL", LocalDate.of(2024, 2, 25)).status()).isEqualTo(200);
        // 28 Feb + 28 days: 28-29 Feb (a leap year) is 2 days x 99.99 = 199.98; readmitted 5 Mar: 1-4 Mar, 399.96.
        bedReadmitted = placements.bed(3, county.bed(nursing, "01", "NURSING"), "NURSING", LocalDate.of(2024, 2, 28));
        assertThat(placements.close(bedReadmitted, "READMITTED", LocalDate.of(2024, 3, 5)).status()).isEqualTo(200);
        // 1 Mar is under the six-week scheme: all of 1-31 Mar, 31 days x 150.00 = 4650.00.
        bedUnderSixWeeks = placements.bed(2, county.bed(rehab, "02", "REHAB"), "REHAB", LocalDate.of(2024, 3, 1));
        // Pathway 0 has no placement and never appears.
        placements.simple(LocalDate.of(2024, 2, 12));
    }

    JsonNode line(JsonNode statement, Episode episode) {
        for (JsonNode line : statement.path("lines")) {
            if (line.path("referralId").asText().equals(episode.id())) {
                return line;
            }
        }
        throw new AssertionError("No line for " + episode + " in " + statement);
    }

    static void assertLine(JsonNode line, String kind, String from, String to, int days, String amount) {
        assertThat(line.path("kind").asText()).isEqualTo(kind);
        assertThat(line.path("from").asText()).isEqualTo(from);
        assertThat(line.path("to").asText()).isEqualTo(to);
        assertThat(line.path("days").asInt()).isEqualTo(days);
        assertThat(line.path("amount").decimalValue()).isEqualByComparingTo(amount);
    }

    @Test
    void the_february_statement_follows_the_amended_decision_and_the_leap_day() {
        Api.Response amended = coordinator.post("/api/referrals/" + homeCareAmended.id()
                + "/funding-decision/amendments", Map.of("outcome", "COUNCIL", "decidedOn", "2024-02-20",
                "rationale", "Panel decision", "reason", "The panel met on the 20th; the 25th was a typing error"));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);

        Api.Response response = manager.get("/api/recharges?month=2024-02");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode statement = response.json();
        assertThat(statement.path("month").asText()).isEqualTo("2024-02");
        assertThat(statement.path("lines")).hasSize(3);
        assertLine(line(statement, bedFromJanuary), "BED", "2024-02-01", "2024-02-16", 16, "2400.00");
        assertLine(line(statement, homeCareAmended), "HOME_CARE", "2024-02-10", "2024-02-19", 10, "335.71");
        assertLine(line(statement, bedReadmitted), "BED", "2024-02-28", "2024-02-29", 2, "199.98");
        assertThat(line(statement, bedFromJanuary).path("nhsNumber").asText()).isEqualTo(bedFromJanuary.nhsNumber());
        assertThat(line(statement, bedFromJanuary).path("person").asText()).isEqualTo("Edith Marsh");
        assertThat(line(statement, bedFromJanuary).path("placedWith").asText()).isEqualTo("Setting " + rehab);
        assertThat(line(statement, homeCareAmended).path("placedWith").asText()).isEqualTo("Provider " + homeCare);
        // 2400.00 + 335.71 + 199.98
        assertThat(statement.path("total").decimalValue()).isEqualByComparingTo("2935.69");
        assertThat(response.body()).contains("\"total\":2935.69", "\"amount\":2400.00");
    }

    @Test
    void the_march_statement_applies_the_scheme_in_force_on_each_discharge_day_and_the_close() {
        JsonNode statement = manager.get("/api/recharges?month=2024-03").json();
        assertThat(statement.path("lines")).hasSize(2);
        assertLine(line(statement, bedReadmitted), "BED", "2024-03-01", "2024-03-04", 4, "399.96");
        assertLine(line(statement, bedUnderSixWeeks), "BED", "2024-03-01", "2024-03-31", 31, "4650.00");
        assertThat(statement.path("total").decimalValue()).isEqualByComparingTo("5049.96"); // 399.96 + 4650.00
    }

    @Test
    void with_accept_text_csv_the_statement_comes_as_csv_with_two_decimals() {
        Api.Response csv = manager.get("/api/recharges?month=2024-03", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] rows = csv.body().split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).isEqualTo("referralId,nhsNumber,kind,from,to,days,amount,person,placedWith");
        assertThat(List.of(rows[1], rows[2])).containsExactlyInAnyOrder(
                bedReadmitted.id() + "," + bedReadmitted.nhsNumber() + ",BED,2024-03-01,2024-03-04,4,399.96,"
                        + "Edith Marsh,Setting " + nursing,
                bedUnderSixWeeks.id() + "," + bedUnderSixWeeks.nhsNumber() + ",BED,2024-03-01,2024-03-31,31,4650.00,"
                        + "Edith Marsh,Setting " + rehab);
        assertThat(rows[3]).isEqualTo("total,,,,,,5049.96,,");
    }

    @Test
    void a_month_with_nothing_funded_is_an_empty_statement() {
        JsonNode statement = manager.get("/api/recharges?month=1999-01").json();
        assertThat(statement.path("lines")).isEmpty();
        assertThat(statement.path("total").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(manager.get("/api/recharges?month=1999-01", "text/csv").body())
                .isEqualTo("referralId,nhsNumber,kind,from,to,days,amount,person,placedWith\r\ntotal,,,,,,0.00,,\r\n");
    }

    @Test
    void a_bad_or_missing_month_is_a_400_problem_in_json_and_in_csv() {
        for (String query : new String[] {"?month=2024-13", "?month=feb", "?month=2024-2", ""}) {
            for (String accept : new String[] {"application/json", "text/csv"}) {
                Api.Response bad = manager.get("/api/recharges" + query, accept);
                assertThat(bad.status()).as(query + " " + accept + ": " + bad).isEqualTo(400);
                assertThat(bad.isProblem()).as(bad.toString()).isTrue();
                assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("month");
            }
        }
    }

    @Test
    void the_statement_and_the_decision_amendment_are_described_in_openapi() {
        JsonNode paths = Api.anonymous(port).get("/v3/api-docs").json().path("paths");
        JsonNode recharges = paths.path("/api/recharges").path("get");
        assertThat(recharges.path("description").asText()).contains("MANAGER", "half-up");
        assertThat(recharges.path("responses").path("200").path("content").has("text/csv")).isTrue();
        assertThat(paths.path("/api/referrals/{id}/funding-decision/amendments").path("post").path("description")
                .asText()).contains("COORDINATOR", "reason");
    }

    @Test
    void only_a_manager_may_read_the_statement() {
        County county = new County(port);
        String provider = county.homeCareProvider("RP", "20.00");
        String providerUser = county.user("rp", "PROVIDER", provider);
        Api[] refused = {coordinator, Api.as(port, "mdt", "mdt"), Api.as(port, providerUser, County.password())};
        for (Api api : refused) {
            for (String accept : new String[] {"application/json", "text/csv"}) {
                Api.Response response = api.get("/api/recharges?month=2024-02", accept);
                assertThat(response.status()).as(response.toString()).isEqualTo(403);
                assertThat(response.isProblem()).isTrue();
                assertThat(api.get("/api/recharges?month=nonsense", accept).status()).isEqualTo(403);
            }
        }
        assertThat(Api.anonymous(port).get("/api/recharges?month=2024-02").status()).isEqualTo(401);
        assertThat(manager.get("/api/recharges?month=2024-02").status()).isEqualTo(200);
    }
}
