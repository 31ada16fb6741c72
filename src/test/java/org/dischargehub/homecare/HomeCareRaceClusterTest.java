package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.Race;
import org.dischargehub.support.SecondNode;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many coordinators and providers at once on the last free hours of one provider, locality and day: the database
 * decides, exactly one wins, the rest get a clean 409, and free hours never go below zero — on one node and on two.
 */
@HubIntegrationTest
class HomeCareRaceClusterTest {

    static final int RACERS = 12;
    static final LocalDate TODAY = TestClock.today();
    @RegisterExtension
    static final SecondNode secondNode = SecondNode.onTheSameDatabase("secondNode");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api mdt;
    County county;
    String locality;
    String provider;
    String providerUser;

    @BeforeEach
    void setUp() {
        mdt = Api.as(port, "mdt", "mdt");
        county = new County(port);
        locality = county.locality("L");
        provider = county.homeCareProvider("HC", "24.00");
        providerUser = county.user("racer", "PROVIDER", provider);
    }

    @Test
    void many_coordinators_offer_the_last_free_hours_at_once_and_exactly_one_wins() throws Exception {
        county.capacity(provider, locality, TODAY, 10);
        List<String> referrals = waitingForHomeCare(RACERS, 10);
        List<Integer> statuses = offerAll(referrals, i -> port);
        assertOneOfferWon(referrals, statuses);
    }

    @Test
    void two_application_nodes_offer_the_last_free_hours_at_once_and_exactly_one_wins() throws Exception {
        int otherPort = secondNode.port();
        county.capacity(provider, locality, TODAY, 10);
        List<String> referrals = waitingForHomeCare(RACERS, 10);
        List<Integer> statuses = offerAll(referrals, i -> i % 2 == 0 ? port : otherPort);
        assertOneOfferWon(referrals, statuses);
    }

    @Test
    void one_offer_accepted_many_times_at_once_on_two_nodes_is_booked_exactly_once() throws Exception {
        int otherPort = secondNode.port();
        county.capacity(provider, locality, TODAY, 10);
        String referral = waitingForHomeCare(1, 10).get(0);
        assertThat(offer(port, referral).status()).isEqualTo(201);
        String offer = Api.as(port, providerUser, County.password()).get("/api/offers?status=OPEN")
                .find("referralId", referral).path("id").asText();

        List<Integer> statuses = Race.statuses(RACERS, i -> () -> Api.as(i % 2 == 0 ? port : otherPort, providerUser,
                County.password()).post("/api/offers/" + offer + "/accept", null).status());
        assertThat(statuses).as(statuses.toString()).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(row()).containsEntry("hours_booked", new BigDecimal("10.00"))
                .containsEntry("hours_offered", new BigDecimal("0.00"));
        assertThat(referralStatus(referral)).isEqualTo("READY_TO_DISCHARGE");
        assertThat(tasksOf(referral, "UserTask_AwaitDischarge")).isEqualTo(1);
        assertConsistent();
    }

    @Test
    void accepts_and_new_offers_racing_on_one_day_book_every_accept_and_let_one_offer_take_the_last_hours()
            throws Exception {
        county.capacity(provider, locality, TODAY, 10 * (RACERS / 2) + 10);
        List<String> offered = waitingForHomeCare(RACERS / 2, 10);
        for (String referral : offered) {
            assertThat(offer(port, referral).status()).isEqualTo(201);
        }
        Api providerApi = Api.as(port, providerUser, County.password());
        List<String> offerIds = offered.stream()
                .map(r -> providerApi.get("/api/offers?status=OPEN").find("referralId", r).path("id").asText())
                .toList();
        List<String> newcomers = waitingForHomeCare(RACERS / 2, 10);

        List<Integer> statuses = Race.statuses(RACERS, i -> i % 2 == 0
                ? () -> providerApi.post("/api/offers/" + offerIds.get(i / 2) + "/accept", null).status()
                : () -> offer(port, newcomers.get(i / 2)).status());
        List<Integer> accepts = new ArrayList<>();
        List<Integer> offers = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            (i % 2 == 0 ? accepts : offers).add(statuses.get(i));
        }
        assertThat(accepts).as("accepts " + statuses).containsOnly(200);
        assertThat(offers).as("offers " + statuses).containsOnly(201, 409);
        assertThat(offers.stream().filter(s -> s == 201)).hasSize(1);
        Map<String, Object> row = row();
        assertThat((BigDecimal) row.get("hours_booked")).isEqualByComparingTo(BigDecimal.valueOf(10L * RACERS / 2));
        assertThat((BigDecimal) row.get("hours_offered")).isEqualByComparingTo("10");
        assertConsistent();
    }

    @Test
    void a_provider_cutting_capacity_while_offers_arrive_never_leaves_it_overbooked() throws Exception {
        int otherPort = secondNode.port();
        county.capacity(provider, locality, TODAY, 40);
        List<String> referrals = waitingForHomeCare(RACERS, 5);
        List<Integer> statuses = Race.statuses(RACERS + 4, i -> i < RACERS
                ? () -> offer(i % 2 == 0 ? port : otherPort, referrals.get(i)).status()
                : () -> Api.as(i % 2 == 0 ? port : otherPort, providerUser, County.password())
                        .put("/api/providers/" + provider + "/capacity/" + TODAY,
                                Map.of("locality", locality, "hoursPerWeek", 20)).status());
        List<Integer> offers = statuses.subList(0, RACERS);
        List<Integer> cuts = statuses.subList(RACERS, RACERS + 4);
        assertThat(offers).as(statuses.toString()).isSubsetOf(201, 409);
        assertThat(cuts).as(statuses.toString()).isSubsetOf(200, 409);
        Map<String, Object> row = row();
        long won = offers.stream().filter(s -> s == 201).count();
        assertThat((BigDecimal) row.get("hours_offered")).isEqualByComparingTo(BigDecimal.valueOf(5 * won));
        if (cuts.contains(200)) {
            assertThat((BigDecimal) row.get("hours_posted")).isEqualByComparingTo("20");
            assertThat(won).isLessThanOrEqualTo(4);
        } else {
            assertThat((BigDecimal) row.get("hours_posted")).isEqualByComparingTo("40");
            assertThat(won).isEqualTo(8);
        }
        assertConsistent();
    }

    @Test
    void the_database_itself_refuses_to_overbook_a_day() {
        county.capacity(provider, locality, TODAY, 10);
        String where = " where provider_id = (select id from hub.provider where code = ?) and day = ?";
        assertThatThrownBy(() -> jdbc.update("update hub.home_care_capacity set hours_offered = 10.01" + where,
                provider, TODAY)).isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("update hub.home_care_capacity set hours_booked = 6, hours_offered = 4" + where, provider, TODAY);
        assertThatThrownBy(() -> jdbc.update("update hub.home_care_capacity set hours_posted = 9.99" + where,
                provider, TODAY)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update hub.home_care_capacity set hours_booked = -1" + where,
                provider, TODAY)).isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("update hub.home_care_capacity set hours_booked = 0, hours_offered = 0" + where, provider, TODAY);
    }

    private void assertOneOfferWon(List<String> referrals, List<Integer> statuses) {
        assertThat(statuses).as(statuses.toString()).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        Map<String, Object> row = row();
        assertThat((BigDecimal) row.get("hours_offered")).isEqualByComparingTo("10");
        assertThat((BigDecimal) row.get("hours_posted")).isEqualByComparingTo("10");
        int offered = 0;
        for (String referral : referrals) {
            String status = referralStatus(referral);
            if (status.equals("OFFERED")) {
                offered++;
                assertThat(tasksOf(referral, "UserTask_AwaitOfferAnswer")).isEqualTo(1);
            } else {
                assertThat(status).isEqualTo("AWAITING_CAPACITY");
                assertThat(tasksOf(referral, "UserTask_FindHomeCare")).isEqualTo(1);
            }
        }
        assertThat(offered).isEqualTo(1);
        assertConsistent();
    }

    /** The day's counters match its offers exactly, and free hours are never below zero. */
    private void assertConsistent() {
        Map<String, Object> row = row();
        BigDecimal posted = (BigDecimal) row.get("hours_posted");
        BigDecimal booked = (BigDecimal) row.get("hours_booked");
        BigDecimal offered = (BigDecimal) row.get("hours_offered");
        assertThat(offered).isEqualByComparingTo((BigDecimal) row.get("open_sum"));
        assertThat(booked).isEqualByComparingTo((BigDecimal) row.get("accepted_sum"));
        assertThat(posted.subtract(booked).subtract(offered)).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("""
                select c.hours_posted, c.hours_booked, c.hours_offered,
                       (select coalesce(sum(o.hours_per_week), 0) from hub.home_care_offer o
                        where o.capacity_id = c.id and o.status = 'OPEN') as open_sum,
                       (select coalesce(sum(o.hours_per_week), 0) from hub.home_care_offer o
                        where o.capacity_id = c.id and o.status = 'ACCEPTED') as accepted_sum
                from hub.home_care_capacity c join hub.provider p on p.id = c.provider_id
                where p.code = ? and c.day = ?""", provider, TODAY);
    }

    private String referralStatus(String referral) {
        return jdbc.queryForObject("select status from hub.referral where id = ?", String.class, referral);
    }

    private int tasksOf(String referral, String taskKey) {
        return jdbc.queryForObject("""
                select count(*) from act_ru_task t join act_ru_execution e on e.proc_inst_id_ = t.proc_inst_id_
                where e.business_key_ = ? and t.task_def_key_ = ?""", Integer.class, referral, taskKey);
    }

    private Api.Response offer(int onPort, String referral) {
        return Api.as(onPort, "coordinator", "coordinator").post("/api/referrals/" + referral + "/allocation",
                Map.of("providerCode", provider, "startDate", TODAY.toString()));
    }

    private List<Integer> offerAll(List<String> referrals, IntFunction<Integer> portFor) throws Exception {
        return Race.statuses(referrals.size(), i -> () -> offer(portFor.apply(i), referrals.get(i)).status());
    }

    private List<String> waitingForHomeCare(int count, int hoursPerWeek) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minus(1, ChronoUnit.HOURS)))
                    .json().path("id").asText();
            mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 1, "hoursPerWeek", hoursPerWeek,
                    "startDate", TODAY.toString(), "rationale", "Reablement"));
            ids.add(id);
        }
        return ids;
    }
}
