package org.dischargehub.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dischargehub.beds.BedType;
import org.dischargehub.funding.FundingCommands;
import org.dischargehub.funding.FundingOutcome;
import org.dischargehub.funding.FundingService;
import org.dischargehub.handover.ContactCommand;
import org.dischargehub.handover.ContactCommand.CommunicationNeeds;
import org.dischargehub.handover.ContactCommand.GpPractice;
import org.dischargehub.handover.ContactCommand.NextOfKin;
import org.dischargehub.handover.HandoverService;
import org.dischargehub.homecare.HomeCareService;
import org.dischargehub.referral.ReferralCapacityService;
import org.dischargehub.referral.ReferralCommands;
import org.dischargehub.referral.ReferralService;
import org.dischargehub.security.Role;
import org.dischargehub.security.SystemUser;
import org.springframework.stereotype.Component;

/** The demo county's people: referrals in every state, made through the same service the hub's users use. */
@Component
class DemoReferrals {

    /** Some people's contact details, as the ward would record them before triage (Ofcom's drama numbers). */
    private static final Map<String, ContactCommand> CONTACTS = Map.of(
            "4000000004", new ContactCommand("14 Mill Lane, Brookfield", "BR4 7QT", "01632 960114",
                    new NextOfKin("Susan Holt", "Daughter", "07700 900114", true), new GpPractice("B82005",
                    "Brookfield Surgery"), new CommunicationNeeds(true, false, null, false, false, false, false),
                    "Key safe left of the front door, code 2468", "Mornings before 10"),
            "4505577104", new ContactCommand("3 Orchard Row, Ashby", "AS2 1NE", "01632 960104",
                    new NextOfKin("Peter Bright", "Son", "07700 900104", true), new GpPractice("A81001",
                    "Ashby Health Centre"), null, null, null),
            "8123456786", new ContactCommand("27 Station Road, Ashby", "AS1 3PB", "01632 960186",
                    new NextOfKin("Mary Nash", "Wife", "01632 960186", false), null,
                    new CommunicationNeeds(false, false, "Welsh", false, false, false, false), null, null),
            "6328797966", new ContactCommand(null, null, null, new NextOfKin("Kwame Osei", "Son", "07700 900166",
                    true), new GpPractice("D82044", "Delton Medical Practice"),
                    new CommunicationNeeds(false, false, "Twi", true, false, false, false), null, null));

    private final ReferralService referrals;
    private final ReferralCapacityService capacity;
    private final FundingService funding;
    private final HomeCareService homeCare;
    private final HandoverService handover;
    private final Clock clock;

    DemoReferrals(ReferralService referrals, ReferralCapacityService capacity, FundingService funding,
            HomeCareService homeCare, HandoverService handover, Clock clock) {
        this.referrals = referrals;
        this.capacity = capacity;
        this.funding = funding;
        this.homeCare = homeCare;
        this.handover = handover;
        this.clock = clock;
    }

    void seed() {
        LocalDate today = LocalDate.now(clock);
        received("9434765919", "Edith", "Marsh", 1938, "ASH", "Elm Ward", hoursAgo(1), false);
        received("4010232137", "Walter", "Pryce", 1944, "BRK", "Ward 12", hoursAgo(5), false);
        waitingForBed("9876543210", "Joan", "Ellery", 1935, "CRN", BedType.DEMENTIA, 3, false,
                hoursAgo(20));
        String ready = waitingForBed("4505577104", "Harold", "Bright", 1941, "ASH", BedType.REHAB, 2, false,
                hoursAgo(20));
        allocate(ready, "HF-ASH-01");
        String inD2a = waitingForBed("6328797966", "Margaret", "Osei", 1932, "DLT", BedType.NURSING, 3, false,
                readyBefore(today.minusDays(20), 2));
        allocate(inD2a, "CH-DLT-02");
        discharge(inD2a, today.minusDays(20));
        String rehab = waitingForBed("9462051216", "Stanley", "Fowler", 1947, "BRK", BedType.REHAB, 2, false,
                readyBefore(today.minusDays(30), 3));
        allocate(rehab, "HF-BRK-01");
        discharge(rehab, today.minusDays(30));
        String decided = waitingForBed("5990128088", "Irene", "Cobb", 1929, "CRN", BedType.NURSING, 3, false,
                readyBefore(today.minusDays(35), 4));
        allocate(decided, "CH-CRN-02");
        discharge(decided, today.minusDays(35));
        SystemUser.run(() -> funding.decide(decided, new FundingCommands.Decision(FundingOutcome.FNC,
                today.minusDays(3), "Nursing needs assessed; FNC agreed by the ICB panel")));
        String isolated = waitingForBed("7037251585", "Doris", "Kent", 1940, "BRK", BedType.GENERAL, 2, true,
                hoursAgo(20));
        allocate(isolated, "CHB-WIL-02");
        String home = triaged("8123456786", "Albert", "Nash", 1950, "ASH", 0, null,
                readyBefore(today.minusDays(1), 1));
        SystemUser.call(() -> referrals.discharge(home, new ReferralCommands.Discharge(today.minusDays(1))));
        LocalDate packageStart = firstWeekday(today);
        String offered = homeCareNeeded("9000000009", "Ronald", "Pike", 1943, "ASH", packageStart, "10");
        SystemUser.call(() -> capacity.offerHomeCare(offered,
                new ReferralCommands.HomeCareAllocation("HC-BRIGHT", packageStart)));
        String accepted = homeCareNeeded("4000000004", "Vera", "Holt", 1939, "BRK", packageStart, "14");
        SystemUser.call(() -> capacity.offerHomeCare(accepted,
                new ReferralCommands.HomeCareAllocation("HC-BRIGHT", packageStart)));
        String offerId = SystemUser.call(() -> homeCare.offersFor(accepted)).get(0).id();
        SystemUser.callAs("demo-provider", List.of(Role.PROVIDER), () -> homeCare.accept(offerId));
        String cancelled = received("4857773457", "Peggy", "Lowe", 1936, "DLT", "Ward 3", hoursAgo(26), false);
        SystemUser.call(() -> referrals.cancel(cancelled, new ReferralCommands.Cancel(
                "Met the criteria to reside again after a fall on the ward")));
    }

    /**
     * The packages start on a weekday: providers post less at weekends (see {@code DemoData}), too little for these
     * two, so a demo started on a Saturday or a Sunday offers them from the Monday.
     */
    static LocalDate firstWeekday(LocalDate today) {
        LocalDate day = today;
        while (DemoData.weekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private String received(String nhs, String given, String family, int born, String locality, String ward,
            Instant ready, boolean infection) {
        String id = SystemUser.callAs("demo-mdt", List.of(Role.MDT), () -> referrals.receive(
                new ReferralCommands.NewReferral(nhs, given, family, LocalDate.of(born, 6, 15), locality,
                        ward.startsWith("Ward 1") ? "St Aldhelm's Hospital" : "Westshire General Hospital", ward,
                        ready, infection, "Demo referral"))).id();
        if (CONTACTS.containsKey(nhs)) {
            SystemUser.callAs("demo-mdt", List.of(Role.MDT), () -> handover.recordContact(id, CONTACTS.get(nhs)));
        }
        return id;
    }

    private String triaged(String nhs, String given, String family, int born, String locality, int pathway,
            BedType type, Instant ready) {
        String id = received(nhs, given, family, born, locality, "Beech Ward", ready, false);
        SystemUser.callAs("demo-mdt", List.of(Role.MDT), () -> referrals.triage(id, new ReferralCommands.Triage(
                pathway, type, null, null, pathway == 0 ? "Independent at home; family support"
                        : "Needs a period of bed-based " + type.name().toLowerCase().replace('_', ' ') + " care")));
        return id;
    }

    private String homeCareNeeded(String nhs, String given, String family, int born, String locality, LocalDate start,
            String hours) {
        String id = received(nhs, given, family, born, locality, "Willow Ward", hoursAgo(6), false);
        SystemUser.callAs("demo-mdt", List.of(Role.MDT), () -> referrals.triage(id, new ReferralCommands.Triage(1,
                null, new BigDecimal(hours), start, "Reablement at home: help with washing, dressing and meals")));
        return id;
    }

    private String waitingForBed(String nhs, String given, String family, int born, String locality, BedType type,
            int pathway, boolean infection, Instant ready) {
        String id = received(nhs, given, family, born, locality, "Oak Ward", ready, infection);
        SystemUser.callAs("demo-mdt", List.of(Role.MDT), () -> referrals.triage(id, new ReferralCommands.Triage(
                pathway, type, null, null, "Needs a " + type.name().toLowerCase().replace('_', ' ') + " bed")));
        return id;
    }

    private void allocate(String id, String bed) {
        SystemUser.call(() -> capacity.allocateBed(id, new ReferralCommands.BedAllocation(bed)));
    }

    private void discharge(String id, LocalDate on) {
        SystemUser.call(() -> referrals.discharge(id, new ReferralCommands.Discharge(on)));
    }

    /** Ready to leave at 10:00 on a day {@code daysEarlier} before the discharge: nobody leaves before being ready. */
    private Instant readyBefore(LocalDate discharge, int daysEarlier) {
        return discharge.minusDays(daysEarlier).atTime(10, 0).atZone(clock.getZone()).toInstant();
    }

    private Instant hoursAgo(long hours) {
        return clock.instant().minus(Duration.ofHours(hours));
    }
}
