package org.dischargehub.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dischargehub.forecast.History.Arrivals;
import org.dischargehub.referral.ReferralFactory;
import org.dischargehub.support.As;
import org.dischargehub.support.Hub;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Last year's referrals as the hub reads them: read a year on, today's referrals are last year's. */
@HubIntegrationTest
class LastYearIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    HubHistory history;

    @Test
    void a_year_on_todays_referrals_fall_in_the_weeks_ahead_or_the_weeks_read_as_the_day_asks() {
        Hub hub = Hub.on(port, "LYI");
        ReferralFactory referrals = new ReferralFactory(context, hub);
        referrals.awaitingBed();
        referrals.awaitingBed();
        referrals.awaitingTriage();
        String locality = hub.locality();

        HubHistory.LastYearRead ahead = As.coordinator(() -> history.lastYear(TODAY.plusYears(1), 12, 42));
        HubHistory.LastYearRead read = As.coordinator(() -> history.lastYear(TODAY.plusYears(1).plusDays(30), 6,
                42));
        HubHistory.LastYearRead beyond = As.coordinator(() -> history.lastYear(TODAY.plusYears(1).plusDays(15), 2,
                14));

        assertThat(ahead.arrivals()).filteredOn(a -> a.locality().equals(locality))
                .as("triaged only").containsExactly(new Arrivals(TODAY, 2, locality, 2));
        assertThat(ahead.firstRecord()).isBeforeOrEqualTo(TODAY);
        assertThat(read.arrivals()).filteredOn(a -> a.locality().equals(locality))
                .containsExactly(new Arrivals(TODAY, 2, locality, 2));
        assertThat(beyond.arrivals()).filteredOn(a -> a.locality().equals(locality))
                .as("the two weeks read a year before begin the day after").isEmpty();
    }
}
