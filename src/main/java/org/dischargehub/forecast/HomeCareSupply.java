package org.dischargehub.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dischargehub.forecast.History.PostedHours;
import org.dischargehub.forecast.History.ProviderDeclines;

/**
 * The home-care hours a locality can count on for a day: the free hours posted (posted less booked and offered),
 * each provider's discounted for a stale posting and for how often it declined or let offers lapse, with every
 * discount kept so the planner can show it.
 *
 * @param free   free hours as posted
 * @param usable free hours after the discounts
 */
public record HomeCareSupply(String locality, LocalDate day, double free, double usable, List<Discount> discounts) {

    public HomeCareSupply {
        discounts = List.copyOf(discounts);
    }

    /** What was taken off one provider's free hours, and why; {@code fraction} is between 0 and 1. */
    public record Discount(String provider, String reason, double fraction, double hours) {
    }

    /**
     * How much to trust a posting.
     *
     * @param stale          the fraction taken off a stale posting
     * @param fewestAnswers  a provider's decline rate counts once it has answered at least this many offers
     */
    public record Rules(double stale, int fewestAnswers) {

        public static final Rules DEFAULT = new Rules(0.5, 5);

        public Rules {
            if (stale < 0 || stale > 1 || fewestAnswers < 1) {
                throw new IllegalArgumentException("a fraction between 0 and 1 and at least one answer");
            }
        }
    }

    public static List<HomeCareSupply> of(List<PostedHours> postings, List<ProviderDeclines> declines, Rules rules) {
        Map<String, Double> declineRate = new HashMap<>();
        for (ProviderDeclines provider : declines) {
            if (provider.answered() >= rules.fewestAnswers()) {
                declineRate.put(provider.provider(), (double) provider.declinedOrLapsed() / provider.answered());
            }
        }
        Map<Cell, List<PostedHours>> byCell = new TreeMap<>(
                Comparator.comparing(Cell::locality).thenComparing(Cell::day));
        postings.forEach(p -> byCell.computeIfAbsent(new Cell(p.locality(), p.day()), c -> new ArrayList<>()).add(p));
        List<HomeCareSupply> supply = new ArrayList<>();
        byCell.forEach((cell, cellPostings) -> {
            double free = 0;
            double usable = 0;
            List<Discount> discounts = new ArrayList<>();
            for (PostedHours posting : cellPostings) {
                double hours = Math.max(0, posting.posted().subtract(posting.taken()).doubleValue());
                double kept = hours;
                if (posting.stale() && rules.stale() > 0) {
                    discounts.add(new Discount(posting.provider(), "STALE", rules.stale(), kept * rules.stale()));
                    kept -= kept * rules.stale();
                }
                Double rate = declineRate.get(posting.provider());
                if (rate != null && rate > 0) {
                    discounts.add(new Discount(posting.provider(), "DECLINES", rate, kept * rate));
                    kept -= kept * rate;
                }
                free += hours;
                usable += kept;
            }
            supply.add(new HomeCareSupply(cell.locality(), cell.day(), free, usable, discounts));
        });
        return supply;
    }

    private record Cell(String locality, LocalDate day) {
    }
}
