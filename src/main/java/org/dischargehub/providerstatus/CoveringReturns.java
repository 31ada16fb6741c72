package org.dischargehub.providerstatus;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dischargehub.beds.CareSetting;
import org.springframework.stereotype.Component;

/**
 * Which status return speaks for each bed-based setting, and so which settings a confirmed outbreak covers. Used by
 * {@link ProviderStatusService} inside its transactions and role checks; nothing outside this package uses it.
 */
@Component
class CoveringReturns {

    private final StatusReturns returns;

    CoveringReturns(StatusReturns returns) {
        this.returns = returns;
    }

    /**
     * Each setting's latest word: its own latest return, or its provider's latest return as a whole when that is
     * newer (on the same day, the setting's own wins). Settings with neither are left out.
     */
    Map<Long, StatusReturn> of(List<CareSetting> settings) {
        Map<Long, List<StatusReturn>> latestByProvider = returns.findLatestOfEach().stream()
                .collect(Collectors.groupingBy(StatusReturn::providerId));
        Comparator<StatusReturn> newest = Comparator.comparing(StatusReturn::returnDate)
                .thenComparing(r -> r.settingId() != null);
        Map<Long, StatusReturn> covering = new HashMap<>();
        for (CareSetting setting : settings) {
            latestByProvider.getOrDefault(setting.providerId(), List.of()).stream()
                    .filter(r -> r.settingId() == null || r.settingId().equals(setting.id()))
                    .max(newest).ifPresent(r -> covering.put(setting.id(), r));
        }
        return covering;
    }

    /** The settings a confirmed outbreak covers, each with the return that confirms it. */
    Map<Long, StatusReturn> confirmedOutbreaks(List<CareSetting> settings) {
        Map<Long, StatusReturn> covering = of(settings);
        covering.values().removeIf(r -> r.outbreak() != Outbreak.CONFIRMED);
        return covering;
    }

    /** Per provider, the codes of its settings a confirmed outbreak covers that still take new people. */
    Map<Long, List<String>> stillAdmittingInOutbreak(List<CareSetting> settings) {
        return stillAdmitting(settings, confirmedOutbreaks(settings)).stream()
                .collect(Collectors.groupingBy(CareSetting::providerId,
                        Collectors.mapping(CareSetting::code, Collectors.toList())));
    }

    /** Of these settings, those the outbreaks cover that still take new people: the closure an outbreak proposes. */
    static List<CareSetting> stillAdmitting(List<CareSetting> settings, Map<Long, StatusReturn> outbreaks) {
        return settings.stream().filter(s -> s.acceptingAdmissions() && outbreaks.containsKey(s.id())).toList();
    }
}
