package org.dischargehub.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedBaseCommands.NewBed;
import org.dischargehub.beds.BedBaseCommands.NewSetting;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedType;
import org.dischargehub.directory.DirectoryCommands.NewLocality;
import org.dischargehub.directory.DirectoryCommands.NewProvider;
import org.dischargehub.directory.DirectoryCommands.NewScheme;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.homecare.HomeCareCapacityService;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.providerstatus.Outbreak;
import org.dischargehub.providerstatus.ProviderStatusService;
import org.dischargehub.providerstatus.StatusReport;
import org.dischargehub.security.Role;
import org.dischargehub.security.SystemUser;
import org.dischargehub.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo run: well-known accounts and a believable county, created once on an empty database through the
 * same services a manager uses. On by default with the embedded database, off with an external one.
 */
@Component
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo accounts (each password is its username); a provider account belongs to the county's provider. */
    private record DemoAccount(String username, Role role, String provider) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(new DemoAccount("manager", Role.MANAGER, null),
            new DemoAccount("coordinator", Role.COORDINATOR, null), new DemoAccount("mdt", Role.MDT, null),
            new DemoAccount("provider", Role.PROVIDER, "HC-BRIGHT"), new DemoAccount("beds", Role.PROVIDER, "BB-WCH"),
            new DemoAccount("caller", Role.CALLER, null));

    private final DirectoryService directory;
    private final BedBaseService bedBase;
    private final HomeCareCapacityService homeCare;
    private final UserAccountService users;
    private final ProviderStatusService providerStatus;
    private final Clock clock;
    private final DemoReferrals referrals;
    private final boolean enabled;
    private final boolean county;
    private final Environment environment;

    DemoData(DirectoryService directory, BedBaseService bedBase, HomeCareCapacityService homeCare,
            UserAccountService users, ProviderStatusService providerStatus, Clock clock, DemoReferrals referrals,
            @Value("${hub.demo.enabled:#{null}}") Boolean enabled,
            @Value("${spring.datasource.url:}") String externalDatabase,
            @Value("${hub.demo.county:true}") boolean county, Environment environment) {
        this.directory = directory;
        this.bedBase = bedBase;
        this.homeCare = homeCare;
        this.users = users;
        this.providerStatus = providerStatus;
        this.clock = clock;
        this.referrals = referrals;
        this.enabled = enabled != null ? enabled : externalDatabase.isBlank();
        this.county = county;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || users.anyManager()) {
            return;
        }
        SystemUser.run(() -> {
            if (county) {
                seedCounty();
                seedStatusReturns();
                referrals.seed();
            }
            seedAccounts();
        });
        log.info("Demo run: seeded accounts{}", county ? " and the county of Westshire" : "");
    }

    private void seedAccounts() {
        accounts().forEach(account -> users.createDemoAccount(account.username(), account.username(),
                account.role(), account.provider()));
    }

    /** Provider accounts only with the county, whose providers they belong to. */
    private List<DemoAccount> accounts() {
        return ACCOUNTS.stream().filter(account -> county || account.provider() == null).toList();
    }

    /**
     * The last line of the demo run's start-up, once the runners (this seeding among them) are done and just before
     * readiness turns UP: where to sign in, and as whom.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void announce(AvailabilityChangeEvent<ReadinessState> event) {
        if (enabled && event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            log.info("Discharge Hub is ready at http://localhost:{}/ - demo accounts (password = user name): {}",
                    environment.getProperty("local.server.port", "8080"),
                    accounts().stream().map(DemoAccount::username).collect(Collectors.joining(", ")));
        }
    }

    private void seedCounty() {
        List.of(new NewLocality("ASH", "Ashford Vale"), new NewLocality("BRK", "Brookfield"),
                new NewLocality("CRN", "Cranmore"), new NewLocality("DLT", "Delta Coast"))
                .forEach(directory::addLocality);

        List.of(homeCare("HC-BRIGHT", "Brightside Home Care", "24.50"),
                homeCare("HC-CARELINK", "Carelink Domiciliary Services", "23.80"),
                homeCare("HC-HOMEFIRST", "Westshire Home First Reablement", "27.10"),
                homeCare("HC-MEADOW", "Meadow Care at Home", "24.00"),
                homeCare("HC-COAST", "Coastline Carers", "25.20"),
                homeCare("HC-KINDRED", "Kindred Support", "23.40"),
                homeCare("HC-VALLEY", "Valley Care Partnership", "24.90"),
                bedBased("BB-WCH", "Westshire Community Health NHS Trust"),
                bedBased("BB-OAK", "Oakleigh Care Group"),
                bedBased("BB-WILLOW", "Willow Lodge Care Homes"))
                .forEach(directory::addProvider);

        directory.addScheme(new NewScheme("COVID-19 hospital discharge scheme (six weeks)", 42,
                LocalDate.of(2020, 9, 1)));
        directory.addScheme(new NewScheme("Hospital discharge programme (four weeks)", 28,
                LocalDate.of(2021, 7, 1)));

        setting("HF-ASH", "Ashford Home First Unit", "BB-WCH", "ASH", 1, "165.00", false,
                12, BedType.REHAB, BedType.GENERAL);
        setting("HF-BRK", "Brookfield Home First Beds", "BB-WCH", "BRK", 1, "165.00", false,
                10, BedType.REHAB, BedType.GENERAL);
        setting("CH-CRN", "Cranmore Community Hospital", "BB-WCH", "CRN", 2, "310.00", false,
                14, BedType.REHAB, BedType.NURSING, BedType.END_OF_LIFE);
        setting("CH-DLT", "Delta Coast Community Hospital", "BB-WCH", "DLT", 2, "310.00", false,
                10, BedType.REHAB, BedType.NURSING);
        setting("CHB-OAK", "Oakleigh House (interim beds)", "BB-OAK", "ASH", 3, "135.00", false,
                8, BedType.NURSING, BedType.DEMENTIA);
        setting("CHB-WIL", "Willow Lodge (designated setting)", "BB-WILLOW", "BRK", 3, "180.00", true,
                6, BedType.NURSING, BedType.GENERAL);
        seedHomeCareCapacity();
    }

    /** Two weeks of posted capacity: each provider in the localities it serves, less at weekends. */
    private void seedHomeCareCapacity() {
        Map<String, List<String>> areas = new LinkedHashMap<>();
        areas.put("HC-BRIGHT", List.of("ASH", "BRK"));
        areas.put("HC-CARELINK", List.of("ASH", "CRN", "DLT"));
        areas.put("HC-HOMEFIRST", List.of("ASH", "BRK", "CRN", "DLT"));
        areas.put("HC-MEADOW", List.of("BRK", "CRN"));
        areas.put("HC-COAST", List.of("DLT"));
        areas.put("HC-KINDRED", List.of("ASH", "BRK", "CRN"));
        areas.put("HC-VALLEY", List.of("CRN", "DLT"));
        LocalDate today = homeCare.today();
        int provider = 0;
        for (Map.Entry<String, List<String>> area : areas.entrySet()) {
            for (int l = 0; l < area.getValue().size(); l++) {
                for (int d = 0; d < 14; d++) {
                    LocalDate day = today.plusDays(d);
                    int hours = weekend(day) ? 7 : 14 + 7 * ((provider + l + d) % 4);
                    homeCare.postCapacity(area.getKey(), day,
                            new CapacityPosting(area.getValue().get(l), BigDecimal.valueOf(hours)));
                }
            }
            provider++;
        }
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek().getValue() >= 6;
    }

    private void seedStatusReturns() {
        LocalDate today = LocalDate.now(clock);
        String[] codes = {"HC-BRIGHT", "HC-CARELINK", "HC-HOMEFIRST", "HC-MEADOW", "HC-COAST", "HC-VALLEY",
            "BB-WCH", "BB-OAK"};
        for (int i = 0; i < codes.length; i++) {
            for (int back : new int[] {7, 3}) {
                providerStatus.file(codes[i], today.minusDays(back + (i == 5 ? 6 : 0)), new StatusReport(
                        Outbreak.NONE, 0, 40 + i * 5, 2 + i % 3, 3, i % 2 == 0, false, 21 - i, true, null));
            }
        }
        providerStatus.file("HC-COAST", today, new StatusReport(Outbreak.NONE, 0, 35, 9, 5, true, true, 5, false,
                "Nine carers isolating after a positive test in the team"));
        providerStatus.file("BB-OAK", today, new StatusReport(Outbreak.CONFIRMED, 6, 60, 7, 4, true, false, 9, false,
                "Norovirus on the ground floor; six residents affected"));
        providerStatus.file("HC-MEADOW", today, new StatusReport(Outbreak.SUSPECTED, 1, 50, 6, 2, false, false, 6,
                true, null));
    }

    private static NewProvider homeCare(String code, String name, String rate) {
        return new NewProvider(code, name, ProviderKind.HOME_CARE, new BigDecimal(rate));
    }

    private static NewProvider bedBased(String code, String name) {
        return new NewProvider(code, name, ProviderKind.BED_BASED, null);
    }

    private void setting(String code, String name, String provider, String locality, int tier, String rate,
            boolean designated, int beds, BedType... types) {
        bedBase.addSetting(new NewSetting(code, name, provider, locality, tier, new BigDecimal(rate), designated));
        for (int i = 1; i <= beds; i++) {
            bedBase.addBed(code, new NewBed(code + "-" + String.format("%02d", i), types[(i - 1) % types.length]));
        }
    }
}
