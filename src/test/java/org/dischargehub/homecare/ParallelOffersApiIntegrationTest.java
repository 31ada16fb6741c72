package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.DateSensitive;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A pathway 1 package offered to several providers at once through the API: the first to accept takes it. */
@DateSensitive
@HubIntegrationTest
class ParallelOffersApiIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api mdt;
    Api coordinator;
    County county;
    String locality;
    String a;
    String b;
    String c;
    final Map<String, Api> users = new HashMap<>();

    @BeforeEach
    void setUp() {
        mdt = Api.as(port, "mdt", "mdt");
        coordinator = Api.as(port, "coordinator", "coordinator");
        county = new County(port);
        locality = county.locality("L");
        a = county.homeCareProvider("HCA", "24.00");
        b = county.homeCareProvider("HCB", "24.00");
        c = county.homeCareProvider("HCC", "24.00");
        for (String provider : List.of(a, b, c)) {
            county.capacity(provider, locality, TODAY, 20);
        }
    }

    String pathway1(int hoursPerWeek) {
        String id = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)))
                .json().path("id").asText();
        Api.Response triaged = mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1,
                "hoursPerWeek", hoursPerWeek, "startDate", TODAY.toString(), "rationale", "Reablement"));
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return id;
    }

    Api.Response offer(String referral, List<String> providerCodes) {
        return coordinator.post("/api/referrals/" + referral + "/allocation",
                Map.of("providerCodes", providerCodes, "startDate", TODAY.toString()));
    }

    Api userOf(String provider) {
        return users.computeIfAbsent(provider, code -> Api.as(port,
                county.user("u" + code.toLowerCase().replace("-", ""), "PROVIDER", code), County.password()));
    }

    String offerTo(String provider, String referral) {
        return jdbc.queryForObject("""
                select o.id from hub.home_care_offer o join hub.provider p on p.id = o.provider_id
                where o.referral_id = ? and p.code = ? and o.status = 'OPEN'""", String.class, referral, provider);
    }

    Map<String, String> offerStatuses(String referral) {
        Map<String, String> statuses = new java.util.TreeMap<>();
        jdbc.query("""
                select p.code, o.status from hub.home_care_offer o join hub.provider p on p.id = o.provider_id
                where o.referral_id = ?""", rs -> {
            statuses.put(rs.getString(1), rs.getString(2));
        }, referral);
        return statuses;
    }

    BigDecimal hours(String provider, String column) {
        return jdbc.queryForObject("select c." + column + """
                 from hub.home_care_capacity c join hub.provider p on p.id = c.provider_id
                where p.code = ? and c.day = ?""", BigDecimal.class, provider, TODAY);
    }

    String status(String referral) {
        return coordinator.get("/api/referrals/" + referral).json().path("status").asText();
    }

    @Test
    void a_package_offered_to_three_providers_opens_one_offer_each_and_each_holds_the_hours() {
        String referral = pathway1(14);
        Api.Response offered = offer(referral, List.of(a, b, c));
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        assertThat(offered.json().path("status").asText()).isEqualTo("OFFERED");
        assertThat(offerStatuses(referral)).isEqualTo(Map.of(a, "OPEN", b, "OPEN", c, "OPEN"));
        for (String provider : List.of(a, b, c)) {
            assertThat(hours(provider, "hours_offered")).isEqualByComparingTo("14");
            assertThat(userOf(provider).get("/api/offers?status=OPEN").find("referralId", referral).isMissingNode())
                    .isFalse();
        }
        assertThat(coordinator.get("/api/referrals/" + referral).body()).contains(a + ", " + b);
        assertThat(offer(referral, List.of(a)).status()).as("no second round while offers are open").isEqualTo(409);
    }

    @Test
    void when_one_provider_lacks_the_hours_no_offer_is_made_at_all() {
        county.capacity(b, locality, TODAY, 10);
        String referral = pathway1(14);
        Api.Response refused = offer(referral, List.of(a, b, c));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("No offer was made", b, "only 10 of the 14");
        assertThat(offerStatuses(referral)).isEmpty();
        for (String provider : List.of(a, b, c)) {
            assertThat(hours(provider, "hours_offered")).isEqualByComparingTo("0");
        }
        assertThat(status(referral)).isEqualTo("AWAITING_CAPACITY");
    }

    @Test
    void an_empty_list_a_duplicate_too_many_providers_or_an_unknown_one_is_a_400_and_changes_nothing() {
        String d = county.homeCareProvider("HCD", "24.00");
        county.capacity(d, locality, TODAY, 20);
        String referral = pathway1(14);
        expectProviderCodesError(offer(referral, List.of()), "at least one");
        expectProviderCodesError(offer(referral, List.of(a, b, a)), "named twice");
        expectProviderCodesError(offer(referral, List.of(a, b, c, d)), "at most 3");
        expectProviderCodesError(offer(referral, List.of(a, "NO-SUCH")), "no provider has the code NO-SUCH");
        expectProviderCodesError(offer(referral, List.of(a, county.bedBasedProvider("BB"))),
                "not a home-care provider");
        Api.Response noDate = coordinator.post("/api/referrals/" + referral + "/allocation",
                Map.of("providerCodes", List.of(a)));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().path("errors").findValuesAsText("field")).contains("startDate");
        assertThat(coordinator.post("/api/referrals/" + referral + "/allocation",
                Map.of("providerCodes", a, "startDate", TODAY.toString())).status()).isEqualTo(400);
        assertThat(offerStatuses(referral)).isEmpty();
        assertThat(hours(a, "hours_offered")).isEqualByComparingTo("0");
        assertThat(status(referral)).isEqualTo("AWAITING_CAPACITY");
    }

    @Test
    void the_first_accept_wins_and_the_other_offers_are_withdrawn_with_their_hours_freed() {
        String referral = pathway1(14);
        assertThat(offer(referral, List.of(a, b, c)).status()).isEqualTo(201);
        String bOffer = offerTo(b, referral);

        Api.Response accepted = userOf(a).post("/api/offers/" + offerTo(a, referral) + "/accept", null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(offerStatuses(referral)).isEqualTo(Map.of(a, "ACCEPTED", b, "WITHDRAWN", c, "WITHDRAWN"));
        assertThat(hours(a, "hours_booked")).isEqualByComparingTo("14");
        assertThat(hours(a, "hours_offered")).isEqualByComparingTo("0");
        for (String other : List.of(b, c)) {
            assertThat(hours(other, "hours_offered")).isEqualByComparingTo("0");
            assertThat(hours(other, "hours_booked")).isEqualByComparingTo("0");
        }
        assertThat(jdbc.queryForObject("select reason from hub.home_care_offer where id = ?", String.class, bOffer))
                .isEqualTo("Another provider accepted first");
        assertThat(status(referral)).isEqualTo("READY_TO_DISCHARGE");
        assertThat(coordinator.get("/api/referrals/" + referral).json().path("allocation").path("providerCode")
                .asText()).isEqualTo(a);

        Api.Response late = userOf(b).post("/api/offers/" + bOffer + "/accept", null);
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().path("detail").asText()).contains("withdrawn", "another provider accepted first");
        assertThat(userOf(b).get("/api/offers?status=WITHDRAWN").find("id", bOffer).isMissingNode()).isFalse();
        assertThat(offerStatuses(referral).get(b)).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_decline_of_one_offer_leaves_the_referral_offered_until_no_offer_is_open() {
        String referral = pathway1(14);
        assertThat(offer(referral, List.of(a, b)).status()).isEqualTo(201);

        Api.Response declined = userOf(a).post("/api/offers/" + offerTo(a, referral) + "/decline",
                Map.of("reason", "No carers on that round"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(status(referral)).isEqualTo("OFFERED");
        assertThat(hours(a, "hours_offered")).isEqualByComparingTo("0");
        assertThat(hours(b, "hours_offered")).isEqualByComparingTo("14");
        assertThat(coordinator.get("/api/referrals/" + referral).body())
                .contains("No carers on that round; other offers are still open");

        assertThat(userOf(b).post("/api/offers/" + offerTo(b, referral) + "/decline", null).status()).isEqualTo(200);
        assertThat(status(referral)).isEqualTo("AWAITING_CAPACITY");
        assertThat(hours(b, "hours_offered")).isEqualByComparingTo("0");
        assertThat(offer(referral, List.of(c)).status()).as("a new round once none is open").isEqualTo(201);
    }

    @Test
    void cancelling_while_several_offers_are_open_withdraws_them_all_and_frees_every_providers_hours() {
        String referral = pathway1(14);
        assertThat(offer(referral, List.of(a, b, c)).status()).isEqualTo(201);
        Api.Response cancelled = mdt.post("/api/referrals/" + referral + "/cancel",
                Map.of("reason", "Family will care at home"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(offerStatuses(referral)).isEqualTo(Map.of(a, "WITHDRAWN", b, "WITHDRAWN", c, "WITHDRAWN"));
        for (String provider : List.of(a, b, c)) {
            assertThat(hours(provider, "hours_offered")).isEqualByComparingTo("0");
        }
    }

    @Test
    void the_single_provider_body_still_offers_to_one_provider_as_before() {
        String referral = pathway1(14);
        Api.Response offered = coordinator.post("/api/referrals/" + referral + "/allocation",
                Map.of("providerCode", a, "startDate", TODAY.toString()));
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        assertThat(offered.json().path("status").asText()).isEqualTo("OFFERED");
        assertThat(offerStatuses(referral)).isEqualTo(Map.of(a, "OPEN"));
        assertThat(hours(a, "hours_offered")).isEqualByComparingTo("14");
        assertThat(userOf(a).post("/api/offers/" + offerTo(a, referral) + "/decline", null).status()).isEqualTo(200);
        assertThat(status(referral)).isEqualTo("AWAITING_CAPACITY");
    }

    private static void expectProviderCodesError(Api.Response response, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("providerCodes");
        assertThat(response.json().path("errors").findValuesAsText("message").get(0)).contains(message);
    }
}
