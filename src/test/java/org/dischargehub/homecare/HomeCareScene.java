package org.dischargehub.homecare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.Role;
import org.dischargehub.support.As;
import org.dischargehub.support.County;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.springframework.context.ApplicationContext;

/**
 * The set-up of the offer loop's process tests: home-care providers in a locality of their own, each with 20 hours
 * posted for today, and people there waiting for home care, built through the services as their users would.
 */
final class HomeCareScene {

    static final LocalDate TODAY = TestClock.today();

    final String locality;
    final List<String> providers;
    private final ReferralService referrals;
    private final HomeCareCapacityService dailyCapacity;
    private final DirectoryService directory;

    /** Providers named {@code names} (each given a unique code), at £24.00 an hour, 20 hours free today. */
    HomeCareScene(ApplicationContext context, int port, String... names) {
        this.referrals = context.getBean(ReferralService.class);
        this.dailyCapacity = context.getBean(HomeCareCapacityService.class);
        this.directory = context.getBean(DirectoryService.class);
        County county = new County(port);
        this.locality = county.locality("L");
        this.providers = Arrays.stream(names).map(name -> county.homeCareProvider(name, "24.00")).toList();
        for (String provider : providers) {
            As.coordinator(() -> dailyCapacity.postCapacity(provider, TODAY,
                    new CapacityPosting(locality, new BigDecimal("20"))));
        }
    }

    /** Triaged to pathway 1 for 14 hours a week from today, ready to leave in two days. */
    String waitingForHomeCare() {
        String id = As.mdt(() -> referrals.receive(new ReferralCommands.NewReferral(People.nhsNumber(), "Arthur",
                "Dent", LocalDate.of(1941, 3, 8), locality, "Westshire General", "Ward 7",
                TestClock.now().plus(2, ChronoUnit.DAYS), false, null))).id();
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(1, null, new BigDecimal("14"), TODAY,
                "Personal care morning and evening")));
        return id;
    }

    /** The work done as the provider's own staff. */
    <T> T as(String provider, Supplier<T> work) {
        return As.user("staff-" + provider.toLowerCase(), Role.PROVIDER, directory.provider(provider).id(), work);
    }

    /** The provider's hours in the locality today, as the coordinator's grid shows them. */
    CapacityRow today(String provider) {
        return As.coordinator(() -> dailyCapacity.capacity(TODAY, locality)).stream()
                .filter(r -> r.providerCode().equals(provider)).findFirst().orElseThrow();
    }
}
