package org.dischargehub.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the hub's own records say, as the planner's inputs: the demand of recent weeks, how long people stayed, the
 * capacity today and ahead, and who waits or is in care now. Localities are their codes; pathways 0 to 3; a
 * {@code service} is {@code HOME_CARE} or a bed type.
 */
public record History(LocalDate today, List<Arrivals> arrivals, List<Stay> stays, List<Stay> onwardWaits,
        List<OpenBeds> beds, List<PostedHours> hours, List<ProviderDeclines> declines, List<Waiting> queue,
        List<InCare> inCare) {

    public History {
        arrivals = List.copyOf(arrivals);
        stays = List.copyOf(stays);
        onwardWaits = List.copyOf(onwardWaits);
        beds = List.copyOf(beds);
        hours = List.copyOf(hours);
        declines = List.copyOf(declines);
        queue = List.copyOf(queue);
        inCare = List.copyOf(inCare);
    }

    /** Referrals received on a London day and triaged to the pathway (cancelled left out); days without are absent. */
    public record Arrivals(LocalDate day, int pathway, String locality, int referrals) {
    }

    /**
     * One stay in a short-term service, or one wait for long-term care after the funded period: its days so far, and
     * whether it is still going on today (right-censored).
     */
    public record Stay(int pathway, String service, long days, boolean censored) {
    }

    /** Beds open today (available, reserved or occupied; closed beds left out) by locality, tier and type. */
    public record OpenBeds(String locality, int tier, String bedType, int beds) {
    }

    /**
     * Home-care hours a provider posted for a locality and day, from today on, with the hours already booked or
     * offered; {@code stale} when the posting is older than the hub's stale limit.
     */
    public record PostedHours(String provider, String locality, LocalDate day, BigDecimal posted, BigDecimal taken,
            boolean stale) {
    }

    /** A provider's answers to offers over the recent weeks: how many it declined or let lapse of those answered. */
    public record ProviderDeclines(String provider, int answered, int declinedOrLapsed) {
    }

    /** A person triaged and waiting in hospital today: since when (the referral's creation) and for which service. */
    public record Waiting(int pathway, String locality, String service, LocalDate since,
            BigDecimal hoursPerWeek) {
    }

    /**
     * A person using a bed or hours today: since their discharge (null: capacity held, not yet discharged), and the
     * day ongoing care was decided when they wait to move on to it.
     */
    public record InCare(int pathway, String locality, String service, LocalDate since, LocalDate decidedOn,
            BigDecimal hoursPerWeek) {
    }
}
