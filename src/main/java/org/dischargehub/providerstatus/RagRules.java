package org.dischargehub.providerstatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The RAG rules with the thresholds a manager set: red for a confirmed outbreak, too many staff absent or too few
 * days of protective equipment; amber for a suspected outbreak, a rising absence, supplies running low, or a return
 * that is overdue; green otherwise. Every rating names the rules that made it.
 */
public record RagRules(int redAbsentPercent, int amberAbsentPercent, int redPpeDays, int amberPpeDays,
        int returnEveryDays) {

    static RagRules from(Map<String, Integer> settings) {
        return new RagRules(settings.getOrDefault("RED_ABSENT_PERCENT", 20),
                settings.getOrDefault("AMBER_ABSENT_PERCENT", 10), settings.getOrDefault("RED_PPE_DAYS", 3),
                settings.getOrDefault("AMBER_PPE_DAYS", 7), settings.getOrDefault("RETURN_EVERY_DAYS", 4));
    }

    /** Rates the latest return as of today; no return at all is overdue, never green. */
    public Rating rate(StatusReturn latest, LocalDate today) {
        if (latest == null) {
            return new Rating(Rag.AMBER, List.of("no status return filed yet"));
        }
        List<String> red = new ArrayList<>();
        List<String> amber = new ArrayList<>();
        if (latest.outbreak() == Outbreak.CONFIRMED) {
            red.add("confirmed outbreak");
        } else if (latest.outbreak() == Outbreak.SUSPECTED) {
            amber.add("suspected outbreak");
        }
        double absent = latest.absentPercent();
        if (absent > redAbsentPercent) {
            red.add(String.format("%.0f%% of staff absent (red above %d%%)", absent, redAbsentPercent));
        } else if (absent >= amberAbsentPercent) {
            amber.add(String.format("%.0f%% of staff absent (amber from %d%%)", absent, amberAbsentPercent));
        }
        if (latest.ppeDaysLeft() < redPpeDays) {
            red.add(latest.ppeDaysLeft() + " days of protective equipment (red under " + redPpeDays + ")");
        } else if (latest.ppeDaysLeft() <= amberPpeDays) {
            amber.add(latest.ppeDaysLeft() + " days of protective equipment (amber up to " + amberPpeDays + ")");
        }
        long age = ChronoUnit.DAYS.between(latest.returnDate(), today);
        if (age > returnEveryDays) {
            amber.add("return overdue: the latest is " + age + " days old (due every " + returnEveryDays + " days)");
        }
        if (!red.isEmpty()) {
            return new Rating(Rag.RED, red);
        }
        if (!amber.isEmpty()) {
            return new Rating(Rag.AMBER, amber);
        }
        return new Rating(Rag.GREEN, List.of("no rule raised a concern"));
    }

    public boolean overdue(StatusReturn latest, LocalDate today) {
        return latest == null || ChronoUnit.DAYS.between(latest.returnDate(), today) > returnEveryDays;
    }
}
