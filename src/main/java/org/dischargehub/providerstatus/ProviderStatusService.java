package org.dischargehub.providerstatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedBaseCommands.AdmissionsChange;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.CareSetting;
import org.dischargehub.beds.SettingFlag;
import org.dischargehub.beds.SettingRow;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HubChange.ProviderRated;
import org.dischargehub.shared.HubChange.ProviderStatusChanged;
import org.dischargehub.shared.HumanTime;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Provider status returns, their RAG rating by rules a manager sets, and the hub's follow-up of red ratings. */
@Service
@Transactional(readOnly = true)
public class ProviderStatusService {

    private final StatusReturns returns;
    private final CoveringReturns coveringReturns;
    private final RagSettings ragSettings;
    private final FollowUps followUps;
    private final FollowUpProcess process;
    private final DirectoryService directory;
    private final BedBaseService bedBase;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProviderStatusService(StatusReturns returns, CoveringReturns coveringReturns, RagSettings ragSettings,
            FollowUps followUps, FollowUpProcess process, DirectoryService directory, BedBaseService bedBase,
            Checks checks, Clock clock, ApplicationEventPublisher events) {
        this.returns = returns;
        this.coveringReturns = coveringReturns;
        this.ragSettings = ragSettings;
        this.followUps = followUps;
        this.process = process;
        this.directory = directory;
        this.bedBase = bedBase;
        this.checks = checks;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Files (or re-files) a provider's return for a day; a red rating opens the hub's follow-up. A return about one
     * setting that is the setting's latest decides its admissions on the provider's word: "cannot admit" closes it
     * at once, "can admit" reopens it if a return closed it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROVIDER')")
    public FiledReturn file(String providerCode, LocalDate day, StatusReport report) {
        Provider provider = directory.provider(providerCode);
        CurrentUser.requireOwnProviderIfProvider(provider.id());
        checks.valid(report);
        InvalidInputException.ifInFuture(day, clock, "date", "a return");
        if (report.staffAbsent() > report.staffTotal()) {
            throw InvalidInputException.of("staffAbsent", "cannot be more than the total staff ("
                    + report.staffTotal() + ")");
        }
        CareSetting setting = settingOf(provider, report.settingCode());
        StatusReturn statusReturn = (setting == null ? returns.findByProviderIdAndReturnDate(provider.id(), day)
                : returns.findBySettingIdAndReturnDate(setting.id(), day))
                .orElseGet(() -> new StatusReturn(provider.id(), setting == null ? null : setting.id(), day));
        statusReturn.report(report, CurrentUser.name(), clock.instant());
        returns.saveAndFlush(statusReturn);
        if (setting != null && !returns.existsLaterForSetting(setting.id(), day)) {
            bedBase.admissionsOnProvidersWord(setting.code(), statusReturn.canAdmit(), providersWord(statusReturn));
        }
        Rating rating = rules().rate(statusReturn, LocalDate.now(clock));
        FollowUp followUp = null;
        if (rating.rag() == Rag.RED && followUps.findByProviderIdAndClosedAtIsNull(provider.id()).isEmpty()) {
            followUp = followUps.saveAndFlush(new FollowUp(provider.id(), statusReturn.id(),
                    String.join("; ", rating.because()), clock.instant()));
            process.start(followUp.id());
        }
        events.publishEvent(new ProviderStatusChanged(provider.code()));
        events.publishEvent(new ProviderRated(provider.code(), rating.rag().name()));
        return new FiledReturn(statusReturn, setting == null ? null : setting.code(), rating, followUp);
    }

    /** The setting a return names, which must be one of the provider's own; null when it names none. */
    private CareSetting settingOf(Provider provider, String settingCode) {
        if (settingCode == null) {
            return null;
        }
        CareSetting setting = bedBase.findSetting(settingCode.trim())
                .orElseThrow(() -> InvalidInputException.of("settingCode", "no setting has the code " + settingCode));
        if (!setting.providerId().equals(provider.id())) {
            CurrentUser.requireOwnProviderIfProvider(setting.providerId());
            throw InvalidInputException.of("settingCode", setting.code() + " is not a setting of " + provider.name());
        }
        return setting;
    }

    private static String providersWord(StatusReturn statusReturn) {
        String word = "Status return of " + HumanTime.date(statusReturn.returnDate()) + ": "
                + (statusReturn.canAdmit() ? "can admit new people again" : "cannot admit new people")
                + (statusReturn.concern() == null || statusReturn.canAdmit() ? "" : " (" + statusReturn.concern() + ")");
        return word.length() > 4000 ? word.substring(0, 3999) + "\u2026" : word;
    }

    /** A provider's own history (or any provider's, for the hub), newest first, each return with its rating. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROVIDER')")
    public List<FiledReturn> history(String providerCode) {
        Provider provider = directory.provider(providerCode);
        CurrentUser.requireOwnProviderIfProvider(provider.id());
        RagRules rules = rules();
        Map<Long, String> settingCodes = bedBase.settings().stream()
                .collect(Collectors.toMap(CareSetting::id, CareSetting::code));
        return returns.findByProviderIdOrderByReturnDateDesc(provider.id()).stream()
                .map(r -> new FiledReturn(r, settingCodes.get(r.settingId()), rules.rate(r, r.returnDate()), null))
                .toList();
    }

    /**
     * Every provider with its latest return (the worst rated of its latest day), rating, trend and how overdue it
     * is; red first. A provider's settings that a confirmed outbreak covers and that still take new people are the
     * closure the tracker proposes.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<TrackerRow> tracker() {
        RagRules rules = rules();
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<StatusReturn>> byProvider = returns.findAllByOrderByReturnDateDesc().stream()
                .collect(Collectors.groupingBy(StatusReturn::providerId));
        Map<Long, FollowUp> open = followUps.findByClosedAtIsNullOrderByOpenedAtAsc().stream()
                .collect(Collectors.toMap(FollowUp::providerId, f -> f, (a, b) -> a));
        Map<String, List<SettingRow>> settingsByProvider = bedBase.settingRows().stream()
                .collect(Collectors.groupingBy(SettingRow::providerCode));
        Map<Long, List<String>> outbreaks = coveringReturns.stillAdmittingInOutbreak(bedBase.settings());
        return directory.providers().stream().map(provider -> {
            List<StatusReturn> history = byProvider.getOrDefault(provider.id(), List.of());
            StatusReturn latest = history.stream().filter(r -> r.returnDate().equals(history.get(0).returnDate()))
                    .min(Comparator.comparing(r -> rules.rate(r, today).rag())).orElse(null);
            Rag previous = latest == null ? null : history.stream()
                    .filter(r -> r.returnDate().isBefore(latest.returnDate())).findFirst()
                    .map(r -> rules.rate(r, r.returnDate()).rag()).orElse(null);
            List<SettingRow> settings = settingsByProvider.getOrDefault(provider.code(), List.of());
            Set<String> localities = settings.stream().map(SettingRow::locality).collect(Collectors.toSet());
            return new TrackerRow(provider.code(), provider.name(), provider.kind(), localities, latest,
                    rules.rate(latest, today), previous,
                    latest == null ? null : ChronoUnit.DAYS.between(latest.returnDate(), today),
                    rules.overdue(latest, today), open.get(provider.id()),
                    outbreaks.getOrDefault(provider.id(), List.of()));
        }).sorted(Comparator.comparing((TrackerRow row) -> row.rating().rag())
                .thenComparing(row -> row.daysSinceReturn() == null ? Long.MAX_VALUE : row.daysSinceReturn(),
                        Comparator.reverseOrder())
                .thenComparing(TrackerRow::providerCode))
                .toList();
    }

    /**
     * Each setting's latest rating with its reasons as warnings, for the bed options: settings no return covers
     * are not flagged at all.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public Map<String, SettingFlag> settingFlags() {
        RagRules rules = rules();
        LocalDate today = LocalDate.now(clock);
        List<CareSetting> settings = bedBase.settings();
        Map<Long, StatusReturn> covering = coveringReturns.of(settings);
        Map<String, SettingFlag> flags = new HashMap<>();
        settings.stream().filter(s -> covering.containsKey(s.id())).forEach(setting -> {
            Rating rating = rules.rate(covering.get(setting.id()), today);
            flags.put(setting.code(), new SettingFlag(rating.rag().name(), rating.rag() == Rag.GREEN ? List.of()
                    : rating.because().stream().map(b -> rating.rag() + " rating: " + b).toList()));
        });
        return flags;
    }

    /** Providers to chase: no return, or the latest older than the schedule allows. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<TrackerRow> overdue() {
        return tracker().stream().filter(TrackerRow::overdue).toList();
    }

    /** Codes of providers whose latest return says they cannot take new people. */
    public Set<String> cannotTakeNewWork() {
        Map<Long, String> codes = directory.providers().stream().collect(Collectors.toMap(Provider::id, Provider::code));
        return returns.findAllByOrderByReturnDateDesc().stream().filter(r -> r.settingId() == null)
                .collect(Collectors.toMap(StatusReturn::providerId, r -> r, (newer, older) -> newer))
                .values().stream().filter(r -> !r.canAdmit()).map(r -> codes.get(r.providerId()))
                .collect(Collectors.toSet());
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public FollowUp closeFollowUp(Long id, FollowUpAction action, String note) {
        if (action == null) {
            throw InvalidInputException.of("action", "say what was done");
        }
        if (note != null && note.length() > 4000) {
            throw InvalidInputException.of("note", "at most 4000 characters");
        }
        FollowUp followUp = followUps.findById(id).orElseThrow(() -> new NotFoundException("Follow-up", String.valueOf(id)));
        followUp.close(action, note == null || note.isBlank() ? null : note.trim(), CurrentUser.name(), clock.instant());
        followUps.saveAndFlush(followUp);
        process.closed(id);
        events.publishEvent(new ProviderStatusChanged(directory.provider(followUp.providerId()).code()));
        return followUp;
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<FollowUp> openFollowUps() {
        return followUps.findByClosedAtIsNullOrderByOpenedAtAsc();
    }

    /**
     * The one click a confirmed outbreak proposes: close the settings the outbreak covers (those whose own latest
     * return, or their provider's as a whole, confirms it) to admissions with the reason filled in. Settings
     * already closed stay as they are. Never done automatically.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public int closeSettingsForOutbreak(String providerCode) {
        Provider provider = directory.provider(providerCode);
        if (provider.kind() != ProviderKind.BED_BASED) {
            throw new ConflictException(provider.name() + " has no beds to close");
        }
        List<CareSetting> settings = bedBase.settings().stream()
                .filter(s -> s.providerId().equals(provider.id())).toList();
        Map<Long, StatusReturn> outbreaks = coveringReturns.confirmedOutbreaks(settings);
        if (outbreaks.isEmpty()) {
            throw new ConflictException(provider.name() + " has not reported a confirmed outbreak");
        }
        List<CareSetting> open = CoveringReturns.stillAdmitting(settings, outbreaks);
        open.forEach(s -> bedBase.changeAdmissions(s.code(), new AdmissionsChange(false,
                "Confirmed outbreak reported on " + HumanTime.date(outbreaks.get(s.id()).returnDate()) + " ("
                        + outbreaks.get(s.id()).peopleAffected() + " people affected)")));
        events.publishEvent(new ProviderStatusChanged(provider.code()));
        return open.size();
    }

    public RagRules rules() {
        return RagRules.from(ragSettings.findAll().stream()
                .collect(Collectors.toMap(RagSetting::key, RagSetting::value)));
    }

    public List<RagSetting> ragSettings() {
        return ragSettings.findAll().stream().sorted(Comparator.comparing(RagSetting::key)).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public RagSetting changeRagSetting(String key, Integer value) {
        if (value == null || value < 0 || value > 1000) {
            throw InvalidInputException.of("value", "a whole number from 0 to 1000");
        }
        RagSetting setting = ragSettings.findById(key == null ? "" : key)
                .orElseThrow(() -> new NotFoundException("RAG setting", key));
        setting.change(value);
        events.publishEvent(new ProviderStatusChanged(null));
        return ragSettings.saveAndFlush(setting);
    }
}
