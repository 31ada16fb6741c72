package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The base inputs with changes: a surge on referrals (ramped or a step) and changes to capacity. */
public record Scenario(String name, Surge surge, List<CapacityChange> changes) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surge, "surge");
        changes = List.copyOf(changes);
    }

    public static Scenario base() {
        return new Scenario("Base", Surge.none(), List.of());
    }

    /** Referrals up by {@code factor} from {@code start}, e.g. 1.32 for the +32% the seeds describe. */
    public static Scenario surge(String name, double factor, LocalDate start) {
        return new Scenario(name, Surge.step(factor, start), List.of());
    }

    public Scenario withSurge(Surge changed) {
        return new Scenario(name, changed, changes);
    }

    public Scenario with(CapacityChange change) {
        List<CapacityChange> all = new ArrayList<>(changes);
        all.add(change);
        return new Scenario(name, surge, all);
    }

    double capacityChange(StreamKey key, LocalDate date) {
        double sum = 0;
        for (CapacityChange change : changes) {
            if (change.appliesOn(key, date)) {
                sum += change.amount();
            }
        }
        return sum;
    }
}
