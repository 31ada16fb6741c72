package org.dischargehub.beds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.shared.Registration;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.dischargehub.shared.HubChange.BedsChanged;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.dischargehub.ui.LiveUpdates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@HubIntegrationTest
class BedBaseIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LiveUpdates live;
    @Autowired
    DataSource dataSource;
    @Autowired
    BedBaseService bedBase;
    Api mdt;
    Api coordinator;
    County county;
    String home;
    String away;

    @BeforeEach
    void setUp() {
        mdt = Api.as(port, "mdt", "mdt");
        coordinator = Api.as(port, "coordinator", "coordinator");
        county = new County(port);
        home = county.locality("HOME");
        away = county.locality("AWAY");
    }

    String referral(int pathway, String bedType, boolean infectionPositive) {
        Map<String, Object> body = new HashMap<>(People.referral(home, TestClock.now().minus(2, ChronoUnit.HOURS)));
        body.put("infectionPositive", infectionPositive);
        String id = mdt.post("/api/referrals", body).json().path("id").asText();
        mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", pathway, "bedType", bedType, "rationale", "MDT"));
        return id;
    }

    List<String> candidateBeds(String referral, List<String> mySettings) {
        Api.Response options = coordinator.get("/api/referrals/" + referral + "/options");
        assertThat(options.status()).as(options.toString()).isEqualTo(200);
        List<String> beds = new ArrayList<>();
        for (JsonNode option : options.json()) {
            if (mySettings.contains(option.path("settingCode").asText())) {
                beds.add(option.path("bedCode").asText());
                assertThat(option.path("reason").asText()).isNotBlank();
            }
        }
        return beds;
    }

    @Test
    void a_new_setting_and_a_new_bed_reach_open_bed_boards() {
        List<Object> heard = new CopyOnWriteArrayList<>();
        Registration listening = live.listen(heard::add);
        try {
            String setting = county.setting("NEW", county.bedBasedProvider("BBN"), home, 2, "200.00", false);
            String bed = county.bed(setting, "01", "NURSING");

            assertThat(heard).contains(new BedsChanged(setting, null), new BedsChanged(setting, bed));
        } finally {
            listening.remove();
        }
    }

    @Test
    void the_settings_list_counts_each_settings_beds_and_lists_a_setting_without_any() {
        String two = county.setting("TWO", county.bedBasedProvider("BB2"), home, 2, "180.00", false);
        county.bed(two, "01", "NURSING");
        county.bed(two, "02", "REHAB");
        String none = county.setting("NONE", county.bedBasedProvider("BB0"), away, 3, "90.50", true);

        Map<String, SettingRow> rows = new HashMap<>();
        As.manager(bedBase::settingRows).forEach(row -> rows.put(row.code(), row));

        assertThat(rows.get(two).beds()).isEqualTo(2);
        assertThat(rows.get(two).locality()).isEqualTo(home);
        assertThat(rows.get(two).dailyRate()).isEqualByComparingTo("180.00");
        assertThat(rows.get(none).beds()).isZero();
        assertThat(rows.get(none).designatedForInfection()).isTrue();
        assertThat(rows.get(none).tier()).isEqualTo(3);
    }

    @Test
    void options_rank_by_tier_then_own_locality_then_longest_free_and_leave_out_closed_and_designated() {
        String provider = county.bedBasedProvider("BB");
        String tier2Home = county.setting("T2H", provider, home, 2, "300.00", false);
        String tier1Away = county.setting("T1A", provider, away, 1, "160.00", false);
        String tier1Home = county.setting("T1H", provider, home, 1, "160.00", false);
        String closed = county.setting("T1C", provider, home, 1, "160.00", false);
        String designated = county.setting("T1D", provider, home, 1, "160.00", true);
        String t2 = county.bed(tier2Home, "01", "REHAB");
        String t1away = county.bed(tier1Away, "01", "REHAB");
        String t1homeOld = county.bed(tier1Home, "01", "REHAB");
        String t1homeNew = county.bed(tier1Home, "02", "REHAB");
        county.bed(tier1Home, "03", "NURSING");
        county.bed(closed, "01", "REHAB");
        county.bed(designated, "01", "REHAB");
        jdbc.update("update hub.bed set status_since = ? where code = ?",
                Timestamp.from(TestClock.now().minus(3, ChronoUnit.DAYS)), t1homeOld);
        coordinator.put("/api/settings/" + closed + "/admissions", Map.of("accepting", false, "reason", "outbreak"));

        String id = referral(2, "REHAB", false);
        List<String> mine = List.of(tier2Home, tier1Away, tier1Home, closed, designated);
        assertThat(candidateBeds(id, mine)).containsExactly(t1homeOld, t1homeNew, t1away, t2);

        String positive = referral(2, "REHAB", true);
        assertThat(candidateBeds(positive, mine)).containsExactly(designated + "-01");
    }

    @Test
    void options_are_for_bed_pathways_only() {
        String id = referral(0, "REHAB", false);
        assertThat(coordinator.get("/api/referrals/" + id + "/options").status()).isEqualTo(409);
        assertThat(mdt.get("/api/referrals/" + id + "/options").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/referrals/nope/options").status()).isEqualTo(404);
    }

    @Test
    void the_bed_list_filters_by_status_type_and_locality_and_shows_the_holder() {
        String setting = county.setting("LIST", county.bedBasedProvider("BB"), away, 1, "160.00", false);
        String bed = county.bed(setting, "01", "GENERAL");
        county.bed(setting, "02", "GENERAL");
        String id = referral(2, "GENERAL", false);
        coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed));

        Api.Response reserved = mdt.get("/api/beds?status=RESERVED&type=GENERAL&locality=" + away);
        assertThat(reserved.status()).isEqualTo(200);
        assertThat(reserved.json().size()).isEqualTo(1);
        assertThat(reserved.find("bedCode", bed).path("referralId").asText()).isEqualTo(id);
        assertThat(reserved.find("bedCode", bed).path("settingCode").asText()).isEqualTo(setting);
        assertThat(mdt.get("/api/beds?locality=" + away).json().size()).isEqualTo(2);
        assertThat(mdt.get("/api/beds?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void a_closed_bed_is_never_offered_and_reopening_makes_it_available() {
        String setting = county.setting("MAINT", county.bedBasedProvider("BB"), home, 1, "160.00", false);
        String bed = county.bed(setting, "01", "NURSING");
        Api.Response closed = coordinator.put("/api/beds/" + bed + "/availability",
                Map.of("available", false, "reason", "hoist broken"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        String id = referral(3, "NURSING", false);
        assertThat(candidateBeds(id, List.of(setting))).isEmpty();
        assertThat(coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed)).status())
                .isEqualTo(409);
        assertThat(coordinator.put("/api/beds/" + bed + "/availability", Map.of("available", false)).status())
                .isEqualTo(400);
        coordinator.put("/api/beds/" + bed + "/availability", Map.of("available", true));
        assertThat(candidateBeds(id, List.of(setting))).containsExactly(bed);
    }

    @Test
    void a_held_bed_cannot_be_closed_and_closing_a_setting_does_not_evict_anyone() {
        String setting = county.setting("HELD", county.bedBasedProvider("BB"), home, 1, "160.00", false);
        String bed = county.bed(setting, "01", "REHAB");
        String id = referral(2, "REHAB", false);
        coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed));
        assertThat(coordinator.put("/api/beds/" + bed + "/availability",
                Map.of("available", false, "reason", "deep clean")).status()).isEqualTo(409);
        coordinator.put("/api/settings/" + setting + "/admissions", Map.of("accepting", false, "reason", "staffing"));
        assertThat(mdt.get("/api/beds?status=RESERVED").find("bedCode", bed).path("referralId").asText()).isEqualTo(id);
        assertThat(mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.toString())).status())
                .isEqualTo(200);
        assertThat(mdt.get("/api/beds?status=OCCUPIED").find("bedCode", bed).path("referralId").asText()).isEqualTo(id);
    }

    @Test
    void a_bed_another_transaction_is_changing_is_refused_at_once_and_can_be_taken_once_it_is_done() throws Exception {
        String provider = county.bedBasedProvider("LK");
        String bed = county.bed(county.setting("LOCKED", provider, home, 1, "160.00", false), "01", "REHAB");
        String id = referral(2, "REHAB", false);

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute("select id from hub.bed where code = '" + bed + "' for update");
            }
            long start = System.nanoTime();
            Api.Response refused = coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().path("detail").asText()).contains("no longer available");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused, not queued behind the other")
                    .isLessThan(Duration.ofSeconds(5));
            other.rollback();
        }
        assertThat(mdt.get("/api/referrals/" + id).json().path("status").asText()).isEqualTo("AWAITING_CAPACITY");
        assertThat(mdt.get("/api/beds?locality=" + home).find("bedCode", bed).path("status").asText())
                .isEqualTo("AVAILABLE");

        Api.Response taken = coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", bed));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        assertThat(mdt.get("/api/beds?locality=" + home).find("bedCode", bed).path("referralId").asText())
                .isEqualTo(id);
    }

    @Test
    void a_taken_bed_is_refused_before_the_person_is_locked_so_a_collision_never_waits() throws Exception {
        String provider = county.bedBasedProvider("TK");
        String bed = county.bed(county.setting("TAKEN", provider, home, 1, "160.00", false), "01", "REHAB");
        String first = referral(2, "REHAB", false);
        assertThat(coordinator.post("/api/referrals/" + first + "/allocation", Map.of("bedCode", bed)).status())
                .isEqualTo(201);
        String second = referral(2, "REHAB", false);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute("select id from hub.referral where id = '" + second + "' for update");
            }
            Future<Api.Response> answer = caller.submit(
                    () -> coordinator.post("/api/referrals/" + second + "/allocation", Map.of("bedCode", bed)));
            Api.Response refused;
            try {
                refused = answer.get(10, TimeUnit.SECONDS);
            } finally {
                other.rollback();
            }
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().path("detail").asText()).isEqualTo("Bed " + bed + " is no longer available");
        } finally {
            caller.shutdownNow();
        }
        assertThat(mdt.get("/api/referrals/" + second).json().path("status").asText()).isEqualTo("AWAITING_CAPACITY");
        assertThat(mdt.get("/api/beds?locality=" + home).find("bedCode", bed).path("referralId").asText())
                .isEqualTo(first);
    }

    @Test
    void a_step_down_frees_one_bed_and_occupies_the_other_in_one_go() {
        String provider = county.bedBasedProvider("BB");
        String tier2 = county.bed(county.setting("STEP2", provider, home, 2, "300.00", false), "01", "REHAB");
        String tier1 = county.bed(county.setting("STEP1", provider, home, 1, "160.00", false), "01", "REHAB");
        String id = referral(2, "REHAB", false);
        coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", tier2));
        mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TODAY.toString()));

        Api.Response moved = coordinator.post("/api/referrals/" + id + "/move", Map.of("bedCode", tier1));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("allocation").path("bedCode").asText()).isEqualTo(tier1);
        Api.Response beds = mdt.get("/api/beds?locality=" + home);
        assertThat(beds.find("bedCode", tier1).path("status").asText()).isEqualTo("OCCUPIED");
        assertThat(beds.find("bedCode", tier2).path("status").asText()).isEqualTo("AVAILABLE");
        assertThat(coordinator.post("/api/referrals/" + id + "/move", Map.of("bedCode", tier1)).status()).isEqualTo(409);

        String other = referral(2, "REHAB", false);
        coordinator.post("/api/referrals/" + other + "/allocation", Map.of("bedCode", tier2));
        Api.Response taken = coordinator.post("/api/referrals/" + id + "/move", Map.of("bedCode", tier2));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(mdt.get("/api/beds?locality=" + home).find("bedCode", tier1).path("referralId").asText())
                .isEqualTo(id);
        coordinator.post("/api/referrals/" + id + "/close", Map.of("closedOn", TODAY.toString(), "outcome", "HOME"));
        assertThat(mdt.get("/api/beds?locality=" + home).find("bedCode", tier1).path("status").asText())
                .isEqualTo("AVAILABLE");
    }

    @Test
    void a_bed_based_provider_sees_and_closes_only_its_own_beds() {
        String own = county.bedBasedProvider("OWN");
        String other = county.bedBasedProvider("OTH");
        String ownBed = county.bed(county.setting("OWN", own, home, 1, "160.00", false), "01", "GENERAL");
        String otherBed = county.bed(county.setting("OTH", other, home, 1, "160.00", false), "01", "GENERAL");
        Api provider = Api.as(port, county.user("beds", "PROVIDER", own), County.password());
        Api.Response visible = provider.get("/api/beds");
        assertThat(visible.status()).isEqualTo(200);
        assertThat(visible.json().findValuesAsText("bedCode")).containsExactly(ownBed);
        assertThat(provider.put("/api/beds/" + otherBed + "/availability",
                Map.of("available", false, "reason", "not mine")).status()).isEqualTo(403);
        assertThat(mdt.get("/api/beds?locality=" + home).find("bedCode", otherBed).path("status").asText())
                .isEqualTo("AVAILABLE");
        assertThat(provider.put("/api/beds/" + ownBed + "/availability",
                Map.of("available", false, "reason", "flooded")).status()).isEqualTo(200);
    }
}
