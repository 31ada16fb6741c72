package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The base inputs with changes: a surge on referrals (ramped or a step), changes to capacity, and for a back-test
 * the referrals that actually came, per stream and day (a day absent had none), in place of the drawn ones.
 */
public record Scenario(String name, Surge surge, List<CapacityChange> changes,
        Map<StreamKey, Map<LocalDate, Integer>> givenArrivals) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surge, "surge");
        changes = List.copyOf(changes);
        givenArrivals = Map.copyOf(givenArrivals);
    }

    public Scenario(String name, Surge surge, List<CapacityChange> changes) {
        this(name, surge, changes, Map.of());
    }

    public static Scenario base() {
        return new Scenario("Base", Surge.none(), List.of());
    }

    /** Referrals up by {@code factor} from {@code start}, e.g. 1.32 for the +32% the seeds describe. */
    public static Scenario surge(String name, double factor, LocalDate start) {
        return new Scenario(name, Surge.step(factor, start), List.of());
    }

    public Scenario withSurge(Surge changed) {
        return new Scenario(name, changed, changes, givenArrivals);
    }

    public Scenario with(CapacityChange change) {
        List<CapacityChange> all = new ArrayList<>(changes);
        all.add(change);
        return new Scenario(name, surge, all, givenArrivals);
    }

    /** The same scenario with the referrals each of these streams actually had, per day, instead of drawn ones. */
    public Scenario withArrivals(Map<StreamKey, Map<LocalDate, Integer>> actual) {
        return new Scenario(name, surge, changes, actual);
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
