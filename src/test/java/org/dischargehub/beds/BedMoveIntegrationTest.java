package org.dischargehub.beds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dischargehub.support.Api;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@HubIntegrationTest
class BedMoveIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_move_is_recorded_with_the_bed_left_and_the_bed_taken_and_a_refused_one_records_nothing() {
        Api mdt = Api.as(port, "mdt", "mdt");
        Api coordinator = Api.as(port, "coordinator", "coordinator");
        County county = new County(port);
        String locality = county.locality("MOVE");
        String setting = county.setting("MOVE", county.bedBasedProvider("MB"), locality, 1, "150.00", false);
        String first = county.bed(setting, "01", "REHAB");
        String second = county.bed(setting, "02", "REHAB");
        String id = mdt.post("/api/referrals", People.referral(locality, TestClock.now().minus(2, ChronoUnit.HOURS)))
                .json().path("id").asText();
        mdt.post("/api/referrals/" + id + "/triage", Map.of("pathway", 2, "bedType", "REHAB", "rationale", "MDT"));
        coordinator.post("/api/referrals/" + id + "/allocation", Map.of("bedCode", first));
        mdt.post("/api/referrals/" + id + "/discharge", Map.of("dischargedOn", TestClock.today().toString()));

        assertThat(coordinator.post("/api/referrals/" + id + "/move", Map.of("bedCode", second)).status()).isEqualTo(200);
        assertThat(coordinator.post("/api/referrals/" + id + "/move", Map.of("bedCode", second)).status()).isEqualTo(409);
        assertThat(coordinator.post("/api/referrals/" + id + "/move", Map.of("bedCode", "NO-SUCH-BED")).status())
                .isEqualTo(400);

        assertThat(jdbc.sql("select from_bed_code, to_bed_code from hub.bed_move where referral_id = ?").param(id)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).list())
                .containsExactly(List.of(first, second));
        LocalDate movedOn = jdbc.sql("select (moved_at at time zone 'Europe/London')::date from hub.bed_move"
                + " where referral_id = ?").param(id).query(LocalDate.class).single();
        assertThat(movedOn).isEqualTo(TestClock.today());
    }
}
