package org.dischargehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dischargehub.dashboard.Kpis.StayLength;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Length of stay reads a bed move as data; the timeline's sentence about it is for people. */
@HubIntegrationTest
class LengthOfStayIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    KpiService kpis;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_stay_ends_in_the_bed_the_move_left_whatever_the_timeline_says() {
        County county = new County(port);
        Episodes episodes = new Episodes(port, county);
        String locality = county.locality("LS");
        String tier1 = county.setting("LS", county.bedBasedProvider("LP"), locality, 1, "120.00", false);
        String tier2 = county.setting("LS", county.bedBasedProvider("LP"), locality, 2, "90.00", false);
        String left = county.bed(tier1, "01", "REHAB");
        String taken = county.bed(tier2, "02", "REHAB");
        String id = episodes.bed(locality, TODAY.minusDays(11), left, null, TODAY.minusDays(10));
        episodes.move(id, taken);

        assertThat(jdbc.sql("select detail from hub.referral_event where referral_id = ? and action = 'BED_MOVED'")
                .param(id).query(String.class).single()).isEqualTo("Moved from bed " + left + " to bed " + taken);
        jdbc.sql("update hub.referral_event set detail = 'Stepped down' where referral_id = ? and action = 'BED_MOVED'")
                .param(id).update();

        Kpis figures = As.manager(() -> kpis.kpis(new KpiFilter(TODAY.minusDays(30), TODAY, locality, null)));
        assertThat(KpiIntegrationTest.rounded(figures.fundedPeriod().lengthOfStay()))
                .containsExactly(new StayLength("BED", 1, "REHAB", 1, 10, 10, 10));
    }
}
