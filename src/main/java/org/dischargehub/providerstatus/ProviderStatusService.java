package org.dischargehub.providerstatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dischargehub.beds.BedBaseCommands.AdmissionsChange;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.SettingRow;
import org.dischargehub.directory.DirectoryService;
import org.dischargehub.directory.Provider;
import org.dischargehub.directory.ProviderKind;
import org.dischargehub.security.CurrentUser;
import org.dischargehub.shared.Checks;
import org.dischargehub.shared.ConflictException;
import org.dischargehub.shared.HubChange.ProviderStatusChanged;
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
    private final RagSettings ragSettings;
    private final FollowUps followUps;
    private final FollowUpProcess process;
    private final DirectoryService directory;
    private final BedBaseService bedBase;
    private final Checks checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProviderStatusService(StatusReturns returns, RagSettings ragSettings, FollowUps followUps, FollowUpProcess process,
            DirectoryService directory, BedBaseService bedBase, Checks checks, Clock clock,
            ApplicationEventPublisher events) {
        this.returns = returns;
        this.ragSettings = ragSettings;
        this.followUps = followUps;
        this.process = process;
        this.directory = directory;
        this.bedBase = bedBase;
        this.checks = checks;
        this.clock = clock;
        this.events = events;
    }

    /** Files (or re-files) a provider's return for a day; a red rating opens the hub's follow-up. */
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
        StatusReturn statusReturn = returns.findByProviderIdAndReturnDate(provider.id(), day)
                .orElseGet(() -> new StatusReturn(provider.id(), day));
        statusReturn.report(report, CurrentUser.name(), clock.instant());
        returns.saveAndFlush(statusReturn);
        Rating rating = rules().rate(statusReturn, LocalDate.now(clock));
        FollowUp followUp = null;
        if (rating.rag() == Rag.RED && followUps.findByProviderIdAndClosedAtIsNull(provider.id()).isEmpty()) {
            followUp = followUps.saveAndFlush(new FollowUp(provider.id(), statusReturn.id(),
                    String.join("; ", rating.because()), clock.instant()));
            process.start(followUp.id());
        }
        events.publishEvent(new ProviderStatusChanged(provider.code()));
        return new FiledReturn(statusReturn, rating, followUp);
    }

    /** A provider's own history (or any provider's, for the hub), newest first, each return with its rating. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROVIDER')")
    public List<FiledReturn> history(String providerCode) {
        Provider provider = directory.provider(providerCode);
        CurrentUser.requireOwnProviderIfProvider(provider.id());
        RagRules rules = rules();
        return returns.findByProviderIdOrderByReturnDateDesc(provider.id()).stream()
                .map(r -> new FiledReturn(r, rules.rate(r, r.returnDate()), null))
                .toList();
    }

    /** Every provider with its latest return, rating, trend and how overdue it is; red first. */
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
        return directory.providers().stream().map(provider -> {
            List<StatusReturn> history = byProvider.getOrDefault(provider.id(), List.of());
            StatusReturn latest = history.isEmpty() ? null : history.get(0);
            Rag previous = history.size() < 2 ? null : rules.rate(history.get(1), history.get(1).returnDate()).rag();
            List<SettingRow> settings = settingsByProvider.getOrDefault(provider.code(), List.of());
            Set<String> localities = settings.stream().map(SettingRow::locality).collect(Collectors.toSet());
            boolean closurePending = latest != null && latest.outbreak() == Outbreak.CONFIRMED
                    && settings.stream().anyMatch(SettingRow::acceptingAdmissions);
            return new TrackerRow(provider.code(), provider.name(), provider.kind(), localities, latest,
                    rules.rate(latest, today), previous,
                    latest == null ? null : ChronoUnit.DAYS.between(latest.returnDate(), today),
                    rules.overdue(latest, today), open.get(provider.id()), closurePending);
        }).sorted(Comparator.comparing((TrackerRow row) -> row.rating().rag())
                .thenComparing(row -> row.daysSinceReturn() == null ? Long.MAX_VALUE : row.daysSinceReturn(),
                        Comparator.reverseOrder())
                .thenComparing(TrackerRow::providerCode))
                .toList();
    }

    /** Providers to chase: no return, or the latest older than the schedule allows. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MDT')")
    public List<TrackerRow> overdue() {
        return tracker().stream().filter(TrackerRow::overdue).toList();
    }

    /** Codes of providers whose latest return says they cannot take new people. */
    public Set<String> cannotTakeNewWork() {
        Map<Long, String> codes = directory.providers().stream().collect(Collectors.toMap(Provider::id, Provider::code));
        return returns.findAllByOrderByReturnDateDesc().stream()
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
     * The one click a confirmed outbreak proposes: close the provider's settings to admissions with the reason
     * filled in. Never done automatically.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public int closeSettingsForOutbreak(String providerCode) {
        Provider provider = directory.provider(providerCode);
        if (provider.kind() != ProviderKind.BED_BASED) {
            throw new ConflictException(provider.name() + " has no beds to close");
        }
        StatusReturn latest = returns.findByProviderIdOrderByReturnDateDesc(provider.id()).stream().findFirst()
                .filter(r -> r.outbreak() == Outbreak.CONFIRMED)
                .orElseThrow(() -> new ConflictException(provider.name() + " has not reported a confirmed outbreak"));
        List<SettingRow> open = bedBase.settingRows().stream()
                .filter(s -> s.providerCode().equals(provider.code()) && s.acceptingAdmissions()).toList();
        open.forEach(s -> bedBase.changeAdmissions(s.code(), new AdmissionsChange(false,
                "Confirmed outbreak reported on " + latest.returnDate() + " (" + latest.peopleAffected()
                        + " people affected)")));
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
