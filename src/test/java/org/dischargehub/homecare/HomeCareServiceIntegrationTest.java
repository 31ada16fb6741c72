package org.dischargehub.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.homecare.HomeCareCommands.CopyDay;
import org.dischargehub.homecare.HomeCareCommands.CopyWeek;
import org.dischargehub.homecare.HomeCareCommands.Decline;
import org.dischargehub.homecare.HomeCareCommands.HandBack;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.Role;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.InvalidInputException;
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
import org.springframework.security.access.AccessDeniedException;

/** The rules the UI relies on, through the one service: a provider's scope, and copying capacity forward. */
@DateSensitive
@HubIntegrationTest
class HomeCareServiceIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @LocalServerPort
    int port;
    @Autowired
    HomeCareService homeCare;
    @Autowired
    HomeCareCapacityService dailyCapacity;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralCapacityService capacity;
    @Autowired
    DirectoryService directory;

    County county;
    String locality;
    String mine;
    String theirs;

    @BeforeEach
    void setUp() {
        county = new County(port);
        locality = county.locality("L");
        mine = county.homeCareProvider("MINE", "24.00");
        theirs = county.homeCareProvider("THEIRS", "24.00");
    }

    <T> T asProvider(String providerCode, Supplier<T> work) {
        return As.user("user-of-" + providerCode.toLowerCase(), Role.PROVIDER, directory.provider(providerCode).id(),
                work);
    }

    CapacityPosting hours(double hours) {
        return new CapacityPosting(locality, BigDecimal.valueOf(hours));
    }

    String offeredTo(String provider, double hours, LocalDate start) {
        String id = As.mdt(() -> referrals.receive(new ReferralCommands.NewReferral(People.nhsNumber(), "Ada", "Lane",
                LocalDate.of(1940, 1, 2), locality, "Westshire General", "Ward 3",
                TestClock.now().minus(1, ChronoUnit.HOURS), false, null))).id();
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(1, null, BigDecimal.valueOf(hours), start,
                "Reablement")));
        As.coordinator(() -> capacity.offerHomeCare(id, new ReferralCommands.HomeCareAllocation(provider, start)));
        return As.coordinator(() -> homeCare.offersFor(id)).get(0).id();
    }

    @Test
    void a_provider_cannot_touch_another_providers_capacity_or_offers_through_the_service() {
        asProvider(theirs, () -> dailyCapacity.postCapacity(theirs, TODAY, hours(20)));
        String theirOffer = offeredTo(theirs, 5, TODAY);

        assertThatThrownBy(() -> asProvider(mine, () -> dailyCapacity.postCapacity(theirs, TODAY, hours(99))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asProvider(mine, () -> dailyCapacity.copyDayForward(theirs,
                new CopyDay(locality, TODAY, TODAY.plusDays(2))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asProvider(mine, () -> dailyCapacity.copyWeekForward(theirs,
                new CopyWeek(locality, TODAY)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asProvider(mine, () -> homeCare.accept(theirOffer)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asProvider(mine, () -> homeCare.decline(theirOffer, new Decline("no"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asProvider(mine, () -> homeCare.handBack(theirOffer, new HandBack("no"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asProvider(mine, () -> homeCare.offers(null))).isEmpty();
        assertThat(asProvider(mine, () -> dailyCapacity.myCapacity(TODAY, 15))).isEmpty();
        assertThatThrownBy(() -> asProvider(mine, () -> dailyCapacity.capacity(TODAY, locality)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(asProvider(theirs, () -> homeCare.offers(OfferStatus.OPEN))).extracting(OfferRow::id)
                .containsExactly(theirOffer);
        List<CapacityRow> theirCapacity = asProvider(theirs, () -> dailyCapacity.myCapacity(TODAY, 15));
        assertThat(theirCapacity).extracting(CapacityRow::hoursPosted, CapacityRow::hoursOffered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("20.00"), new BigDecimal("5.00")));
        assertThat(asProvider(theirs, () -> dailyCapacity.myLocalities())).containsExactly(locality);
    }

    @Test
    void a_day_is_copied_forward_in_one_action() {
        asProvider(mine, () -> dailyCapacity.postCapacity(mine, TODAY, hours(12)));
        List<CapacityRow> copied = asProvider(mine, () -> dailyCapacity.copyDayForward(mine,
                new CopyDay(locality, TODAY, TODAY.plusDays(13))));
        assertThat(copied).hasSize(14).allSatisfy(row -> assertThat(row.hoursPosted()).isEqualByComparingTo("12"));
        assertThatThrownBy(() -> asProvider(mine, () -> dailyCapacity.copyDayForward(mine,
                new CopyDay(locality, TODAY, TODAY)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> asProvider(mine, () -> dailyCapacity.copyDayForward(mine,
                new CopyDay(locality, TODAY.plusDays(20), TODAY.plusDays(22))))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Nothing is posted");
    }

    @Test
    void a_week_is_copied_onto_the_next_week_in_one_action() {
        asProvider(mine, () -> dailyCapacity.postCapacity(mine, TODAY, hours(10)));
        asProvider(mine, () -> dailyCapacity.postCapacity(mine, TODAY.plusDays(3), hours(14)));
        List<CapacityRow> copied = asProvider(mine, () -> dailyCapacity.copyWeekForward(mine, new CopyWeek(locality, TODAY)));
        assertThat(copied).extracting(CapacityRow::date).containsExactly(TODAY.plusDays(7), TODAY.plusDays(10));
        assertThat(copied).extracting(CapacityRow::hoursPosted)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.TEN, BigDecimal.valueOf(14));
    }

    @Test
    void a_copy_that_would_cut_a_booked_day_below_its_bookings_changes_nothing_at_all() {
        asProvider(mine, () -> dailyCapacity.postCapacity(mine, TODAY, hours(8)));
        asProvider(mine, () -> dailyCapacity.postCapacity(mine, TODAY.plusDays(5), hours(30)));
        offeredTo(mine, 20, TODAY.plusDays(5));
        assertThatThrownBy(() -> asProvider(mine, () -> dailyCapacity.copyDayForward(mine,
                new CopyDay(locality, TODAY, TODAY.plusDays(7))))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("cannot go below 20 hours");
        assertThat(asProvider(mine, () -> dailyCapacity.myCapacity(TODAY, 8))).extracting(CapacityRow::date)
                .containsExactly(TODAY, TODAY.plusDays(5));
    }
}
