package org.dischargehub.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dischargehub.beds.BedOptions;
import org.dischargehub.beds.BedType;
import org.dischargehub.funding.FundingCommands;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.funding.FundingService;
import org.dischargehub.homecare.HomeCareCapacityService;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.homecare.HomeCareCommands.Decline;
import org.dischargehub.homecare.HomeCareOption;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.homecare.OfferRow;
import org.dischargehub.homecare.OfferStatus;
import org.dischargehub.load.Region;
import org.dischargehub.load.Waiting;
import org.dischargehub.referral.CloseOutcome;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.Role;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.support.As;
import org.dischargehub.support.People;
import org.dischargehub.support.TestClock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same episodes as the HTTP load generator, calling the application services directly (what the API calls,
 * without HTTP and without its per-request password check): this isolates the cost of the transactions and the
 * process engine.
 */
final class ServiceDriver {

    final ReferralService referrals;
    final ReferralCapacityService capacity;
    final FundingService funding;
    final HomeCareService homeCare;
    final HomeCareCapacityService dailyCapacity;
    final JdbcTemplate jdbc;
    private final ConcurrentHashMap<String, Long> providerIds = new ConcurrentHashMap<>();

    ServiceDriver(BenchNode node) {
        this.referrals = node.bean(ReferralService.class);
        this.capacity = node.bean(ReferralCapacityService.class);
        this.funding = node.bean(FundingService.class);
        this.homeCare = node.bean(HomeCareService.class);
        this.dailyCapacity = node.bean(HomeCareCapacityService.class);
        this.jdbc = new JdbcTemplate(node.dataSource());
    }

    String referral(String locality) {
        return As.mdt(() -> referrals.receive(new ReferralCommands.NewReferral(People.nhsNumber(), "Bench", "Person",
                LocalDate.of(1940, 1, 1), locality, "County General Hospital", "Ward 1",
                TestClock.now().minus(1, ChronoUnit.HOURS), false, null))).id();
    }

    String triaged(String locality, int pathway, BedType bedType, int hours) {
        String id = referral(locality);
        As.mdt(() -> referrals.triage(id, new ReferralCommands.Triage(pathway, pathway >= 2 ? bedType : null,
                pathway == 1 ? BigDecimal.valueOf(hours) : null, pathway == 1 ? Region.today() : null, "bench")));
        return id;
    }

    void offer(String id, String provider, LocalDate day) {
        As.coordinator(() -> capacity.offerHomeCare(id, new ReferralCommands.HomeCareAllocation(provider, day)));
    }

    void allocateBed(String id, String bed) {
        As.coordinator(() -> capacity.allocateBed(id, new ReferralCommands.BedAllocation(bed)));
    }

    void postCapacity(String provider, String locality, LocalDate day, int hours) {
        As.coordinator(() -> dailyCapacity.postCapacity(provider, day,
                new CapacityPosting(locality, BigDecimal.valueOf(hours))));
    }

    /** The provider's own user answers the open offer for the referral. */
    void answer(String referralId, String provider, boolean accept) {
        String offerId = As.coordinator(() -> homeCare.offersFor(referralId)).stream()
                .filter(o -> o.status() == OfferStatus.OPEN).map(OfferRow::id).findFirst().orElseThrow();
        asProvider(provider, () -> accept ? homeCare.accept(offerId)
                : homeCare.decline(offerId, new Decline("bench")));
    }

    <T> T asProvider(String provider, Supplier<T> work) {
        long id = providerIds.computeIfAbsent(provider,
                code -> jdbc.queryForObject("select id from hub.provider where code = ?", Long.class, code));
        return As.user("bench-" + provider.toLowerCase(), Role.PROVIDER, id, work);
    }

    /**
     * One whole episode through the services, choosing as the HTTP generator does: answers its pathway when it is
     * done, or -1 when no capacity came.
     */
    int episode(Region region, Random random) {
        String locality = region.localities.get(random.nextInt(region.localities.size()));
        int pathway = Region.pathway(random);
        BedType type = pathway == 3 ? BedType.NURSING
                : BedType.valueOf(Region.BED_TYPES.get(random.nextInt(Region.BED_TYPES.size())));
        String id = triaged(locality, pathway, type, 5 + random.nextInt(11));
        if (pathway == 1 && !homeCare(region, id, locality, random)) {
            return -1;
        }
        if (pathway >= 2 && !bed(id)) {
            return -1;
        }
        LocalDate today = Region.today();
        As.coordinator(() -> referrals.discharge(id, new ReferralCommands.Discharge(today)));
        if (pathway > 0) {
            As.coordinator(() -> funding.decide(id, new FundingCommands.Decision(
                    FundingOutcome.values()[random.nextInt(FundingOutcome.values().length)], today, "bench")));
            As.coordinator(() -> referrals.close(id, new ReferralCommands.Close(today, CloseOutcome.HOME)));
        }
        return pathway;
    }

    private boolean homeCare(Region region, String id, String locality, Random random) {
        for (int attempt = 0; attempt < 30; attempt++) {
            List<HomeCareOption> options = As.coordinator(() -> capacity.homeCareOptions(id));
            if (options.isEmpty()) {
                List<String> providers = region.homeCareByLocality.get(locality);
                String provider = providers.get(random.nextInt(providers.size()));
                int posted = jdbc.queryForObject("""
                        select coalesce(max(c.hours_posted), 0) from hub.home_care_capacity c
                        join hub.provider p on p.id = c.provider_id join hub.locality l on l.id = c.locality_id
                        where p.code = ? and l.code = ? and c.day = ?""", BigDecimal.class, provider, locality,
                        Region.today()).intValue();
                try {
                    postCapacity(provider, locality, Region.today(), Math.min(9999, posted + region.hoursPosted));
                } catch (ConflictException e) {
                    // an offer took hours between the read and the posting: read again
                }
                continue;
            }
            String provider = options.get(options.size() > 1 && random.nextInt(4) == 0 ? 1 : 0).providerCode();
            try {
                offer(id, provider, Region.today());
            } catch (ConflictException e) {
                continue;
            }
            boolean accept = random.nextDouble() >= 0.15;
            answer(id, provider, accept);
            if (accept) {
                return true;
            }
        }
        return false;
    }

    private boolean bed(String id) {
        return bestBed(id) >= 0;
    }

    /**
     * The coordinator takes the best free bed for the person and, when another coordinator took it first, the next
     * on the same list (reading the options again only when the list runs out): how many beds were taken first, or
     * -1 if no bed came within a minute.
     */
    int bestBed(String id) {
        long giveUpAt = System.nanoTime() + 60_000_000_000L;
        int collisions = 0;
        while (System.nanoTime() < giveUpAt) {
            BedOptions options = Waiting.forFirst(giveUpAt, () -> As.coordinator(() -> capacity.bedOptions(id)),
                    found -> !found.candidates().isEmpty());
            if (options == null) {
                return -1;
            }
            for (BedOptions.Candidate candidate : options.candidates()) {
                try {
                    allocateBed(id, candidate.bedCode());
                    return collisions;
                } catch (ConflictException e) {
                    collisions++;
                }
            }
        }
        return -1;
    }
}
