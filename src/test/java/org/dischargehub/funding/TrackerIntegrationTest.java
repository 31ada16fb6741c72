package org.dischargehub.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dischargehub.funding.AssessmentStatus;
import org.dischargehub.funding.FundedPeriod;
import org.dischargehub.funding.Placements.Episode;
import org.dischargehub.funding.TrackerRow.Urgency;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.support.Api;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.DateSensitive;
import org.dischargehub.support.HubIntegrationTest;
import org.dischargehub.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** The D2A tracker: who is in a funded period, how far in, and who is past the end without a decision. */
@DateSensitive
@HubIntegrationTest
class TrackerIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    FundingService funding;
    @Autowired
    ReferralService referrals;

    County county;
    Placements placements;
    String locality;
    String setting;
    String homeCare;
    Api coordinator;

    @BeforeEach
    void setUp() {
        county = new County(port);
        locality = county.locality("TL");
        placements = new Placements(port, locality);
        setting = county.setting("TS", county.bedBasedProvider("TB"), locality, 1, "110.00", false);
        homeCare = county.homeCareProvider("TH", "21.00");
        coordinator = Api.as(port, "coordinator", "coordinator");
    }

    Episode bed(String suffix, int daysAgo) {
        return placements.bed(2, county.bed(setting, suffix, "REHAB"), "REHAB", TODAY.minusDays(daysAgo));
    }

    List<TrackerRow> tracker(TrackerFilter filter) {
        return As.coordinator(() -> funding.tracker(filter));
    }

    TrackerFilter inLocality() {
        return new TrackerFilter(null, locality, null, null, false);
    }

    @Test
    void past_the_end_without_a_decision_comes_first_then_the_nearest_end() {
        Episode onTrack = bed("01", 2);
        Episode pastEnd = bed("02", 50);
        Episode nearEnd = placements.homeCare(homeCare, "7", TODAY.minusDays(35));
        Episode decided = bed("03", 20);
        assertThat(placements.decide(decided, "SELF_FUNDED", TODAY).status()).isEqualTo(200);

        List<TrackerRow> rows = tracker(inLocality());

        assertThat(rows).extracting(TrackerRow::referralId).containsExactly(pastEnd.id(), nearEnd.id(), onTrack.id());
        assertThat(rows).extracting(TrackerRow::urgency)
                .containsExactly(Urgency.PAST_END, Urgency.NEAR_END, Urgency.ON_TRACK);
        FundedPeriod period = funding.fundedPeriod(TODAY.minusDays(2));
        TrackerRow first = rows.get(2);
        assertThat(first.day()).isEqualTo(3);
        assertThat(first.period()).isEqualTo(period);
        assertThat(first.daysLeft()).isEqualTo(period.fundedDays() - 3);
        assertThat(first.assessmentDueOn()).isEqualTo(period.lastDay().plusDays(1).minusDays(14));
        assertThat(first.placement()).contains(setting);
        assertThat(rows.get(0).daysLeft()).isNegative();
        assertThat(rows.get(1).placement()).isEqualTo("Home care: " + homeCare);
        assertThat(rows.get(1).kind()).isEqualTo(PlacementKind.HOME_CARE);

        List<TrackerRow> withDecided = tracker(new TrackerFilter(null, locality, null, null, true));
        assertThat(withDecided).extracting(TrackerRow::referralId).endsWith(decided.id());
        assertThat(withDecided.get(3).urgency()).isEqualTo(Urgency.DECIDED);
        assertThat(withDecided.get(3).decision().outcome().name()).isEqualTo("SELF_FUNDED");
    }

    @Test
    void filters_narrow_the_tracker_by_pathway_provider_and_setting() {
        Episode inBed = bed("01", 5);
        Episode atHome = placements.homeCare(homeCare, "10", TODAY.minusDays(5));

        assertThat(tracker(new TrackerFilter(1, locality, null, null, false))).extracting(TrackerRow::referralId)
                .containsExactly(atHome.id());
        assertThat(tracker(new TrackerFilter(2, locality, null, null, false))).extracting(TrackerRow::referralId)
                .containsExactly(inBed.id());
        assertThat(tracker(new TrackerFilter(null, null, homeCare, null, false))).extracting(TrackerRow::referralId)
                .containsExactly(atHome.id());
        assertThat(tracker(new TrackerFilter(null, null, null, setting, false))).extracting(TrackerRow::referralId)
                .containsExactly(inBed.id());
        assertThat(tracker(inLocality())).hasSize(2);
    }

    @Test
    void the_assessment_status_shows_as_it_is_recorded() {
        Episode episode = bed("01", 30);
        coordinator.post("/api/referrals/" + episode.id() + "/assessment", Map.of("status", "BOOKED",
                "note", "Booked for Thursday"));
        assertThat(tracker(inLocality()).get(0).assessmentStatus()).isEqualTo(AssessmentStatus.BOOKED);
    }

    @Test
    void the_tracker_is_for_coordinators_and_managers() {
        assertThat(As.manager(() -> funding.tracker(inLocality()))).isEmpty();
        assertThatThrownBy(() -> As.mdt(() -> funding.tracker(inLocality()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.coordinator(() -> funding.statement(java.time.YearMonth.of(2024, 2))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
