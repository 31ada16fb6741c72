package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dischargehub.escalation.Escalation;
import org.dischargehub.escalation.EscalationKind;
import org.dischargehub.escalation.EscalationService;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
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

/** Capacity, offers, answers and hand-backs through the HTTP API, with the rules the contract names. */
@DateSensitive
@HubIntegrationTest
class HomeCareApiIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EscalationService escalations;

    Api mdt;
    Api coordinator;
    County county;
    String locality;
    String provider;
    Api providerUser;

    @BeforeEach
    void setUp() {
        mdt = Api.as(port, "mdt", "mdt");
        coordinator = Api.as(port, "coordinator", "coordinator");
        county = new County(port);
        locality = county.locality("L");
        provider = county.homeCareProvider("HC", "24.00");
        providerUser = userOf(provider);
    }

    Api userOf(String providerCode) {
        return Api.as(port, county.user("u" + providerCode.substring(providerCode.lastIndexOf('-') + 1), "PROVIDER",
                providerCode), County.password());
    }

    String pathway1(double hoursPerWeek, LocalDate startDate) {
        Map<String, Object> body = new HashMap<>(People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)));
        String id = mdt.post("/api/referrals", body).json().path("id").asText();
        Api.Response triaged = mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1,
                "hoursPerWeek", hoursPerWeek, "startDate", startDate.toString(),
                "rationale", "Reablement: help to wash and dress twice a day"));
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return id;
    }

    Api.Response offer(String referral, String providerCode, LocalDate startDate) {
        return coordinator.post("/api/referrals/" + referral + "/allocation",
                Map.of("providerCode", providerCode, "startDate", startDate.toString()));
    }

    String openOffer(Api user, String referral) {
        JsonNode offer = user.get("/api/offers?status=OPEN").find("referralId", referral);
        assertThat(offer.isMissingNode()).as("an open offer for " + referral).isFalse();
        return offer.path("id").asText();
    }

    JsonNode capacity(String providerCode, LocalDate day) {
        return coordinator.get("/api/capacity/home-care?date=" + day + "&locality=" + locality)
                .find("providerCode", providerCode);
    }

    String status(String referral) {
        return coordinator.get("/api/referrals/" + referral).json().path("status").asText();
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void posting_capacity_is_idempotent_per_provider_locality_and_day_and_the_hub_reads_it_as_the_contract_says() {
        Map<String, Object> body = Map.of("locality", locality, "hoursPerWeek", 30);
        Api.Response first = providerUser.put("/api/providers/" + provider + "/capacity/" + TODAY, body);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(providerUser.put("/api/providers/" + provider + "/capacity/" + TODAY, body).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                select count(*) from hub.home_care_capacity c join hub.provider p on p.id = c.provider_id
                where p.code = ?""", Integer.class, provider)).isEqualTo(1);
        providerUser.put("/api/providers/" + provider + "/capacity/" + TODAY,
                Map.of("locality", locality, "hoursPerWeek", 35.5));

        Api.Response read = coordinator.get("/api/capacity/home-care?date=" + TODAY + "&locality=" + locality);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).hasSize(1);
        JsonNode row = read.json().get(0);
        assertThat(fields(row)).containsExactly("providerCode", "locality", "date", "hoursPosted", "hoursBooked",
                "hoursOffered", "hoursFree", "updatedAt", "stale");
        assertThat(row.path("providerCode").asText()).isEqualTo(provider);
        assertThat(row.path("locality").asText()).isEqualTo(locality);
        assertThat(row.path("date").asText()).isEqualTo(TODAY.toString());
        assertThat(row.path("hoursPosted").decimalValue()).isEqualByComparingTo("35.5");
        assertThat(row.path("hoursBooked").decimalValue()).isEqualByComparingTo("0");
        assertThat(row.path("hoursOffered").decimalValue()).isEqualByComparingTo("0");
        assertThat(row.path("hoursFree").decimalValue()).isEqualByComparingTo("35.5");
        assertThat(Instant.parse(row.path("updatedAt").asText())).isCloseTo(TestClock.now(),
                org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(row.path("stale").asBoolean()).isFalse();

        assertThat(mdt.get("/api/capacity/home-care?date=" + TODAY + "&locality=" + locality).json()).hasSize(1);
        assertThat(coordinator.get("/api/capacity/home-care?date=" + TODAY.plusDays(1) + "&locality=" + locality)
                .json()).isEmpty();
        assertThat(providerUser.get("/api/capacity/home-care").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/capacity/home-care?date=someday").status()).isEqualTo(400);
        assertThat(coordinator.get("/api/capacity/home-care?locality=NOWHERE").status()).isEqualTo(400);
    }

    @Test
    void capacity_not_updated_for_24_hours_is_stale() {
        county.capacity(provider, locality, TODAY, 20);
        jdbc.update("""
                update hub.home_care_capacity set updated_at = ?
                where provider_id = (select id from hub.provider where code = ?)""", ago(Duration.ofMinutes(23 * 60 + 50)),
                provider);
        assertThat(capacity(provider, TODAY).path("stale").asBoolean()).isFalse();
        jdbc.update("""
                update hub.home_care_capacity set updated_at = ?
                where provider_id = (select id from hub.provider where code = ?)""", ago(Duration.ofMinutes(24 * 60 + 1)),
                provider);
        assertThat(capacity(provider, TODAY).path("stale").asBoolean()).isTrue();
        county.capacity(provider, locality, TODAY, 20);
        assertThat(capacity(provider, TODAY).path("stale").asBoolean()).isFalse();
    }

    @Test
    void a_provider_posts_only_its_own_capacity_and_roles_are_enforced() {
        String other = county.homeCareProvider("HCO", "22.00");
        county.capacity(other, locality, TODAY, 10);
        Map<String, Object> body = Map.of("locality", locality, "hoursPerWeek", 99);
        Api.Response refused = providerUser.put("/api/providers/" + other + "/capacity/" + TODAY, body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(capacity(other, TODAY).path("hoursPosted").decimalValue()).isEqualByComparingTo("10");
        assertThat(mdt.put("/api/providers/" + provider + "/capacity/" + TODAY, body).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).put("/api/providers/" + provider + "/capacity/" + TODAY, body).status())
                .isEqualTo(401);
        assertThat(coordinator.put("/api/providers/" + other + "/capacity/" + TODAY, body).status()).isEqualTo(200);
        assertThat(coordinator.put("/api/providers/NO-SUCH/capacity/" + TODAY, body).status()).isEqualTo(404);
        String beds = county.bedBasedProvider("BB");
        assertThat(coordinator.put("/api/providers/" + beds + "/capacity/" + TODAY, body).status()).isEqualTo(409);
    }

    @Test
    void invalid_capacity_is_a_400_with_the_field_and_changes_nothing() {
        String path = "/api/providers/" + provider + "/capacity/";
        expectFieldError(providerUser.put(path + TODAY, Map.of("locality", locality, "hoursPerWeek", -1)),
                "hoursPerWeek");
        expectFieldError(providerUser.put(path + TODAY, Map.of("locality", locality, "hoursPerWeek", 1.234)),
                "hoursPerWeek");
        expectFieldError(providerUser.put(path + TODAY, Map.of("hoursPerWeek", 10)), "locality");
        expectFieldError(providerUser.put(path + TODAY, Map.of("locality", "NOWHERE", "hoursPerWeek", 10)),
                "locality");
        expectFieldError(providerUser.put(path + "tomorrow", Map.of("locality", locality, "hoursPerWeek", 10)),
                "date");
        expectFieldError(providerUser.put(path + TODAY.plusYears(2), Map.of("locality", locality, "hoursPerWeek", 10)),
                "date");
        expectFieldError(providerUser.put(path + TODAY, Map.of("locality", locality, "hoursPerWeek", "lots")),
                "hoursPerWeek");
        assertThat(capacity(provider, TODAY).isMissingNode()).isTrue();
    }

    @Test
    void an_offer_holds_the_hours_and_acceptance_books_them_and_makes_the_referral_ready() {
        county.capacity(provider, locality, TODAY, 20);
        String referral = pathway1(10, TODAY);
        Api.Response offered = offer(referral, provider, TODAY);
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        assertThat(offered.json().path("status").asText()).isEqualTo("OFFERED");
        JsonNode held = capacity(provider, TODAY);
        assertThat(held.path("hoursOffered").decimalValue()).isEqualByComparingTo("10");
        assertThat(held.path("hoursFree").decimalValue()).isEqualByComparingTo("10");

        JsonNode open = providerUser.get("/api/offers?status=OPEN").find("referralId", referral);
        assertThat(fields(open)).containsExactly("id", "referralId", "providerCode", "locality", "startDate",
                "hoursPerWeek", "status", "expiresAt", "needs");
        assertThat(open.path("providerCode").asText()).isEqualTo(provider);
        assertThat(open.path("locality").asText()).isEqualTo(locality);
        assertThat(open.path("startDate").asText()).isEqualTo(TODAY.toString());
        assertThat(open.path("hoursPerWeek").decimalValue()).isEqualByComparingTo("10");
        assertThat(open.path("status").asText()).isEqualTo("OPEN");
        assertThat(Instant.parse(open.path("expiresAt").asText())).isCloseTo(TestClock.now().plus(4, ChronoUnit.HOURS),
                org.assertj.core.api.Assertions.within(2, ChronoUnit.MINUTES));
        assertThat(open.path("needs").asText()).contains("wash and dress").doesNotContain("Edith", "Marsh");
        assertThat(open.toString()).doesNotContain("nhsNumber", "Edith");

        Api.Response accepted = providerUser.post("/api/offers/" + open.path("id").asText() + "/accept", null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("status").asText()).isEqualTo("ACCEPTED");
        JsonNode booked = capacity(provider, TODAY);
        assertThat(booked.path("hoursBooked").decimalValue()).isEqualByComparingTo("10");
        assertThat(booked.path("hoursOffered").decimalValue()).isEqualByComparingTo("0");
        assertThat(booked.path("hoursFree").decimalValue()).isEqualByComparingTo("10");
        JsonNode ready = coordinator.get("/api/referrals/" + referral).json();
        assertThat(ready.path("status").asText()).isEqualTo("READY_TO_DISCHARGE");
        assertThat(ready.path("allocation").path("kind").asText()).isEqualTo("HOME_CARE");
        assertThat(ready.path("allocation").path("providerCode").asText()).isEqualTo(provider);
        assertThat(providerUser.get("/api/offers?status=ACCEPTED").find("referralId", referral).isMissingNode())
                .isFalse();
        assertThat(providerUser.get("/api/offers?status=OPEN").find("referralId", referral).isMissingNode()).isTrue();
    }

    @Test
    void an_offer_beyond_the_free_hours_or_without_posted_capacity_is_a_409_and_changes_nothing() {
        county.capacity(provider, locality, TODAY, 9.5);
        String referral = pathway1(10, TODAY);
        Api.Response tooMuch = offer(referral, provider, TODAY);
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().path("detail").asText()).contains("Only 9.5 of the 10 hours");
        Api.Response nothingPosted = offer(referral, provider, TODAY.plusDays(1));
        assertThat(nothingPosted.status()).isEqualTo(409);
        assertThat(nothingPosted.json().path("detail").asText())
                .contains("has posted no capacity in this locality on " + HumanTime.date(TODAY.plusDays(1)));
        expectFieldError(offer(referral, "NO-SUCH", TODAY), "providerCode");
        expectFieldError(offer(referral, county.bedBasedProvider("BB"), TODAY), "providerCode");
        expectFieldError(coordinator.post("/api/referrals/" + referral + "/allocation",
                Map.of("providerCode", provider)), "startDate");
        assertThat(status(referral)).isEqualTo("AWAITING_CAPACITY");
        assertThat(capacity(provider, TODAY).path("hoursOffered").decimalValue()).isEqualByComparingTo("0");
        assertThat(coordinator.get("/api/offers").find("referralId", referral).isMissingNode()).isTrue();
    }

    @Test
    void a_person_is_offered_to_one_provider_at_a_time_and_only_on_pathway_1() {
        String second = county.homeCareProvider("HC2", "23.00");
        county.capacity(provider, locality, TODAY, 20);
        county.capacity(second, locality, TODAY, 20);
        String referral = pathway1(5, TODAY);
        assertThat(offer(referral, provider, TODAY).status()).isEqualTo(201);
        Api.Response again = offer(referral, second, TODAY);
        assertThat(again.status()).isEqualTo(409);
        assertThat(capacity(second, TODAY).path("hoursOffered").decimalValue()).isEqualByComparingTo("0");

        String bedReferral = mdt.post("/api/referrals", People.referral(locality, TestClock.now())).json().path("id")
                .asText();
        mdt.post("/api/referrals/" + bedReferral + "/triage", Map.of("pathway", 2, "bedType", "REHAB",
                "rationale", "Rehab"));
        assertThat(offer(bedReferral, second, TODAY).status()).isEqualTo(409);
        assertThat(mdt.post("/api/referrals/" + referral + "/allocation",
                Map.of("providerCode", provider, "startDate", TODAY.toString())).status()).isEqualTo(403);
    }

    @Test
    void a_decline_frees_the_hours_and_returns_the_referral_recording_who_declined_and_why() {
        String next = county.homeCareProvider("HCN", "23.00");
        county.capacity(provider, locality, TODAY, 12);
        county.capacity(next, locality, TODAY, 12);
        String referral = pathway1(12, TODAY);
        offer(referral, provider, TODAY);
        String offerId = openOffer(providerUser, referral);
        Api.Response declined = providerUser.post("/api/offers/" + offerId + "/decline",
                Map.of("reason", "No carers free in that area on Mondays"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().path("status").asText()).isEqualTo("DECLINED");
        assertThat(status(referral)).isEqualTo("AWAITING_CAPACITY");
        assertThat(capacity(provider, TODAY).path("hoursFree").decimalValue()).isEqualByComparingTo("12");
        JsonNode history = coordinator.get("/api/referrals/" + referral).json().path("history");
        JsonNode decline = history.get(history.size() - 1);
        assertThat(decline.path("action").asText()).isEqualTo("OFFER_DECLINED");
        assertThat(decline.path("by").asText()).isEqualTo(providerUserName(provider));
        assertThat(decline.path("detail").asText()).contains(provider, "No carers free in that area on Mondays");

        assertThat(providerUser.post("/api/offers/" + offerId + "/accept", null).status()).isEqualTo(409);
        assertThat(offer(referral, next, TODAY).status()).isEqualTo(201);
        Api.Response silent = userOf(next).post("/api/offers/" + openOffer(coordinator, referral) + "/decline", null);
        assertThat(silent.status()).as(silent.toString()).isEqualTo(200);
        assertThat(status(referral)).isEqualTo("AWAITING_CAPACITY");
    }

    String providerUserName(String providerCode) {
        return ("u" + providerCode.substring(providerCode.lastIndexOf('-') + 1) + "-" + county.tag).toLowerCase();
    }

    @Test
    void providers_see_and_answer_only_their_own_offers() {
        String other = county.homeCareProvider("HCX", "22.00");
        Api otherUser = userOf(other);
        county.capacity(provider, locality, TODAY, 20);
        String referral = pathway1(8, TODAY);
        offer(referral, provider, TODAY);
        String offerId = openOffer(providerUser, referral);

        assertThat(otherUser.get("/api/offers").find("referralId", referral).isMissingNode()).isTrue();
        assertThat(otherUser.get("/api/offers").json()).isEmpty();
        assertThat(otherUser.post("/api/offers/" + offerId + "/accept", null).status()).isEqualTo(403);
        assertThat(otherUser.post("/api/offers/" + offerId + "/decline", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(otherUser.post("/api/offers/" + offerId + "/hand-back", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(coordinator.post("/api/offers/" + offerId + "/accept", null).status()).isEqualTo(403);
        assertThat(mdt.get("/api/offers").status()).isEqualTo(403);
        assertThat(providerUser.post("/api/offers/no-such-offer/accept", null).status()).isEqualTo(404);
        assertThat(coordinator.get("/api/offers?status=OPEN").find("referralId", referral).path("id").asText())
                .isEqualTo(offerId);
        assertThat(coordinator.get("/api/offers?status=MAYBE").status()).isEqualTo(400);
        assertThat(status(referral)).isEqualTo("OFFERED");
        assertThat(capacity(provider, TODAY).path("hoursOffered").decimalValue()).isEqualByComparingTo("8");

        assertThat(providerUser.post("/api/offers/" + offerId + "/accept", null).status()).isEqualTo(200);
        assertThat(providerUser.post("/api/offers/" + offerId + "/accept", null).status()).isEqualTo(409);
        assertThat(providerUser.post("/api/offers/" + offerId + "/decline", null).status()).isEqualTo(409);
    }

    @Test
    void capacity_cannot_be_cut_below_what_is_booked_and_offered_and_the_provider_is_told_the_booked_figure() {
        county.capacity(provider, locality, TODAY, 20);
        String booked = pathway1(10, TODAY);
        offer(booked, provider, TODAY);
        providerUser.post("/api/offers/" + openOffer(providerUser, booked) + "/accept", null);
        offer(pathway1(6, TODAY), provider, TODAY);

        Api.Response cut = providerUser.put("/api/providers/" + provider + "/capacity/" + TODAY,
                Map.of("locality", locality, "hoursPerWeek", 15));
        assertThat(cut.status()).isEqualTo(409);
        assertThat(cut.json().path("detail").asText()).contains("10 hours are already booked", "6 are on offer",
                "cannot go below 16");
        assertThat(capacity(provider, TODAY).path("hoursPosted").decimalValue()).isEqualByComparingTo("20");
        assertThat(providerUser.put("/api/providers/" + provider + "/capacity/" + TODAY,
                Map.of("locality", locality, "hoursPerWeek", 16)).status()).isEqualTo(200);
        assertThat(capacity(provider, TODAY).path("hoursFree").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void handing_back_before_discharge_frees_the_hours_and_returns_the_person_to_the_hub_as_urgent() {
        String next = county.homeCareProvider("HCN", "23.00");
        county.capacity(provider, locality, TODAY, 10);
        county.capacity(next, locality, TODAY, 10);
        String referral = pathway1(10, TODAY);
        offer(referral, provider, TODAY);
        String offerId = openOffer(providerUser, referral);
        providerUser.post("/api/offers/" + offerId + "/accept", null);

        expectFieldError(providerUser.post("/api/offers/" + offerId + "/hand-back", Map.of("reason", " ")), "reason");
        Api.Response handedBack = providerUser.post("/api/offers/" + offerId + "/hand-back",
                Map.of("reason", "Three carers isolating; cannot cover the calls"));
        assertThat(handedBack.status()).as(handedBack.toString()).isEqualTo(200);
        assertThat(handedBack.json().path("status").asText()).isEqualTo("HANDED_BACK");
        JsonNode back = coordinator.get("/api/referrals/" + referral).json();
        assertThat(back.path("status").asText()).isEqualTo("AWAITING_CAPACITY");
        assertThat(back.path("urgent").asBoolean()).isTrue();
        assertThat(back.path("allocation").isNull()).isTrue();
        assertThat(back.path("history").findValuesAsText("action")).endsWith("PACKAGE_HANDED_BACK");
        assertThat(capacity(provider, TODAY).path("hoursBooked").decimalValue()).isEqualByComparingTo("0");
        List<Escalation> raised = As.coordinator(() -> escalations.forReferral(referral));
        assertThat(raised).extracting(Escalation::kind).containsExactly(EscalationKind.PACKAGE_HANDED_BACK);
        assertThat(raised.get(0).detail()).contains(provider, "Three carers isolating");
        assertThat(providerUser.post("/api/offers/" + offerId + "/hand-back", Map.of("reason", "again")).status())
                .isEqualTo(409);

        assertThat(offer(referral, next, TODAY).status()).isEqualTo(201);
        userOf(next).post("/api/offers/" + openOffer(coordinator, referral) + "/accept", null);
        JsonNode rebooked = coordinator.get("/api/referrals/" + referral).json();
        assertThat(rebooked.path("status").asText()).isEqualTo("READY_TO_DISCHARGE");
        assertThat(rebooked.path("urgent").asBoolean()).isFalse();
        assertThat(rebooked.path("allocation").path("providerCode").asText()).isEqualTo(next);
    }

    @Test
    void handing_back_after_discharge_keeps_the_episode_marks_it_urgent_and_escalates() {
        county.capacity(provider, locality, TODAY.minusDays(2), 10);
        String referral = pathway1(10, TODAY.minusDays(2));
        offer(referral, provider, TODAY.minusDays(2));
        String offerId = openOffer(providerUser, referral);
        providerUser.post("/api/offers/" + offerId + "/accept", null);
        coordinator.post("/api/referrals/" + referral + "/discharge", Map.of("dischargedOn", TODAY.minusDays(2)
                .toString()));

        assertThat(providerUser.post("/api/offers/" + offerId + "/hand-back", Map.of("reason", "Staff shortage"))
                .status()).isEqualTo(200);
        JsonNode after = coordinator.get("/api/referrals/" + referral).json();
        assertThat(after.path("status").asText()).isEqualTo("IN_D2A");
        assertThat(after.path("urgent").asBoolean()).isTrue();
        assertThat(As.coordinator(() -> escalations.forReferral(referral))).extracting(Escalation::kind)
                .containsExactly(EscalationKind.PACKAGE_HANDED_BACK);
    }

    @Test
    void cancelling_the_referral_releases_an_open_offer_or_a_booked_package() {
        county.capacity(provider, locality, TODAY, 20);
        String offered = pathway1(6, TODAY);
        offer(offered, provider, TODAY);
        String accepted = pathway1(8, TODAY);
        offer(accepted, provider, TODAY);
        providerUser.post("/api/offers/" + openOffer(providerUser, accepted) + "/accept", null);
        JsonNode before = capacity(provider, TODAY);
        assertThat(before.path("hoursOffered").decimalValue()).isEqualByComparingTo("6");
        assertThat(before.path("hoursBooked").decimalValue()).isEqualByComparingTo("8");

        mdt.post("/api/referrals/" + offered + "/cancel", Map.of("reason", "Went home with family"));
        mdt.post("/api/referrals/" + accepted + "/cancel", Map.of("reason", "Readmitted to acute"));
        JsonNode after = capacity(provider, TODAY);
        assertThat(after.path("hoursOffered").decimalValue()).isEqualByComparingTo("0");
        assertThat(after.path("hoursBooked").decimalValue()).isEqualByComparingTo("0");
        assertThat(after.path("hoursFree").decimalValue()).isEqualByComparingTo("20");
        assertThat(coordinator.get("/api/offers?status=WITHDRAWN").json().findValuesAsText("referralId"))
                .contains(offered, accepted);
    }

    @Test
    void options_for_pathway_1_rank_fresh_providers_by_free_hours_and_put_stale_ones_last() {
        String busy = county.homeCareProvider("BUSY", "20.00");
        String stale = county.homeCareProvider("STALE", "20.00");
        String small = county.homeCareProvider("SMALL", "20.00");
        String tooSmall = county.homeCareProvider("TINY", "20.00");
        String elsewhere = county.homeCareProvider("AWAY", "20.00");
        String otherDay = county.homeCareProvider("LATER", "20.00");
        county.capacity(provider, locality, TODAY, 30);
        county.capacity(busy, locality, TODAY, 60);
        county.capacity(stale, locality, TODAY, 40);
        county.capacity(small, locality, TODAY, 20);
        county.capacity(tooSmall, locality, TODAY, 5);
        county.capacity(elsewhere, county.locality("AWAY"), TODAY, 50);
        county.capacity(otherDay, locality, TODAY.plusDays(1), 50);
        offer(pathway1(36, TODAY), busy, TODAY);
        jdbc.update("""
                update hub.home_care_capacity set updated_at = ?
                where provider_id = (select id from hub.provider where code = ?)""", ago(Duration.ofHours(30)), stale);

        String referral = pathway1(10, TODAY);
        Api.Response options = coordinator.get("/api/referrals/" + referral + "/options");
        assertThat(options.status()).as(options.toString()).isEqualTo(200);
        assertThat(options.json().findValuesAsText("providerCode")).containsExactly(provider, busy, small, stale);
        JsonNode first = options.json().get(0);
        assertThat(fields(first)).containsExactly("providerCode", "locality", "date", "hoursFree", "stale", "reason");
        assertThat(first.path("locality").asText()).isEqualTo(locality);
        assertThat(first.path("date").asText()).isEqualTo(TODAY.toString());
        assertThat(first.path("hoursFree").decimalValue()).isEqualByComparingTo("30");
        assertThat(first.path("stale").asBoolean()).isFalse();
        assertThat(first.path("reason").asText()).contains("30 of 30 hours per week free");
        JsonNode last = options.json().get(3);
        assertThat(last.path("stale").asBoolean()).isTrue();
        assertThat(last.path("reason").asText()).contains("stale");

        offer(referral, provider, TODAY);
        providerUser.post("/api/offers/" + openOffer(providerUser, referral) + "/decline",
                Map.of("reason", "Full this week"));
        JsonNode marked = coordinator.get("/api/referrals/" + referral + "/options").find("providerCode", provider);
        assertThat(marked.path("reason").asText()).contains("declined (Full this week)");
        assertThat(mdt.get("/api/referrals/" + referral + "/options").status()).isEqualTo(403);
    }

    @Test
    void decline_and_hand_back_reasons_are_bounded_at_4000_characters() {
        county.capacity(provider, locality, TODAY, 10);
        String referral = pathway1(5, TODAY);
        offer(referral, provider, TODAY);
        String offerId = openOffer(providerUser, referral);
        expectFieldError(providerUser.post("/api/offers/" + offerId + "/decline", Map.of("reason", "x".repeat(4001))),
                "reason");
        assertThat(status(referral)).isEqualTo("OFFERED");
        assertThat(providerUser.post("/api/offers/" + offerId + "/decline", Map.of("reason", "x".repeat(4000)))
                .status()).isEqualTo(200);
        offer(referral, provider, TODAY);
        String again = openOffer(providerUser, referral);
        providerUser.post("/api/offers/" + again + "/accept", null);
        assertThat(providerUser.post("/api/offers/" + again + "/hand-back", Map.of("reason", "y".repeat(4000)))
                .status()).isEqualTo(200);
        assertThat(status(referral)).isEqualTo("AWAITING_CAPACITY");
    }

    /** A moment {@code before} ago by the hub's clock (the database's now() is the real clock's). */
    private static Timestamp ago(Duration before) {
        return Timestamp.from(TestClock.now().minus(before));
    }

    private static void expectFieldError(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }
}
