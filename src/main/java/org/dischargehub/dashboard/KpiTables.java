package org.dischargehub.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dischargehub.dashboard.Kpis.BedCount;
import org.dischargehub.dashboard.Kpis.DayCount;
import org.dischargehub.dashboard.Kpis.HomeCareHours;
import org.dischargehub.shared.HumanTime;

/** The numbers behind each chart of the dashboard, one table per chart, shared by the grid and the CSV. */
public final class KpiTables {

    public static final List<String> PATHWAY_SERIES = List.of("Pathway 0", "Pathway 1", "Pathway 2", "Pathway 3",
            "Not triaged");

    /** The three outcomes of {@link #stillAtHome}, in its order: at home, not at home, not yet known. */
    public static final List<String> STILL_AT_HOME_OUTCOMES = List.of("At home after 91 days",
            "Not at home after 91 days", "Not yet known (under 91 days ago)");

    private KpiTables() {
    }

    /** Every day of the period in order (days without referrals read 0), with a count per {@link #PATHWAY_SERIES}. */
    public static Map<LocalDate, int[]> countsPerDay(Kpis kpis) {
        Map<LocalDate, int[]> days = new LinkedHashMap<>();
        for (LocalDate d = kpis.filter().from(); !d.isAfter(kpis.filter().to()); d = d.plusDays(1)) {
            days.put(d, new int[PATHWAY_SERIES.size()]);
        }
        for (DayCount count : kpis.flow().referralsPerDay()) {
            days.get(count.day())[count.pathway() == null ? 4 : count.pathway()] += count.referrals();
        }
        return days;
    }

    /** One row per day of the period (days without referrals read 0), one column per pathway. */
    public static Table referralsPerDay(Kpis kpis) {
        Map<LocalDate, int[]> days = countsPerDay(kpis);
        List<String> headers = new ArrayList<>(List.of("Day"));
        headers.addAll(PATHWAY_SERIES);
        List<List<String>> rows = new ArrayList<>();
        days.forEach((day, counts) -> {
            List<String> row = new ArrayList<>(List.of(HumanTime.date(day)));
            for (int c : counts) {
                row.add(String.valueOf(c));
            }
            rows.add(row);
        });
        return new Table("Referrals per day by pathway", headers, rows,
                "referrals-per-day-" + kpis.filter().from() + "-" + kpis.filter().to());
    }

    public static Table beds(Kpis kpis) {
        List<List<String>> rows = new ArrayList<>();
        for (BedCount b : kpis.capacity().beds()) {
            rows.add(List.of(String.valueOf(b.tier()), b.type(), String.valueOf(b.available()),
                    String.valueOf(b.reserved()), String.valueOf(b.occupied()), String.valueOf(b.closed()),
                    b.occupancyPercent() == null ? "" : String.format(Locale.ROOT, "%.1f", b.occupancyPercent())));
        }
        return new Table("Beds by tier and type", List.of("Tier", "Type", "Available", "Reserved", "Occupied",
                "Closed", "Occupancy %"), rows, "beds-" + kpis.asOf());
    }

    public static Table homeCare(Kpis kpis) {
        List<List<String>> rows = new ArrayList<>();
        for (HomeCareHours h : kpis.capacity().homeCareNext7Days()) {
            rows.add(List.of(h.locality(), plain(h.posted()), plain(h.booked())));
        }
        return new Table("Home-care hours, next 7 days", List.of("Locality", "Hours posted", "Hours booked"), rows,
                "home-care-hours-" + kpis.asOf());
    }

    /** Delayed days in the period by delay reason, most days first. */
    public static Table delayedDays(Kpis kpis) {
        List<List<String>> rows = kpis.flow().delayedDaysByReason().stream()
                .map(r -> List.of(r.reason(), r.label(), String.valueOf(r.count()))).toList();
        return new Table("Delayed days by reason", List.of("Reason", "Label", "Delayed days"), rows,
                "delayed-days-" + kpis.filter().from() + "-" + kpis.filter().to());
    }

    /** Days in each short-term service, for the stays that ended in the period. */
    public static Table lengthOfStay(Kpis kpis) {
        List<List<String>> rows = kpis.fundedPeriod().lengthOfStay().stream()
                .map(s -> List.of(service(s), String.valueOf(s.stays()), one(s.averageDays()), one(s.medianDays()),
                        one(s.p90Days()))).toList();
        return new Table("Length of stay in short-term services (stays ended in the period)", List.of("Service",
                "Stays ended", "Average days", "Median days", "90th percentile days"), rows,
                "length-of-stay-" + kpis.filter().from() + "-" + kpis.filter().to());
    }

    /** "Home care (reablement)", or a bed's tier and type such as "Tier 1 REHAB bed". */
    public static String service(Kpis.StayLength stay) {
        if ("HOME_CARE".equals(stay.service())) {
            return "Home care (reablement)";
        }
        return (stay.tier() == null ? "Unknown tier" : "Tier " + stay.tier()) + " "
                + (stay.bedType() == null ? "" : stay.bedType() + " ") + "bed";
    }

    /** People whose reablement finished but who still wait for long-term care, by why, on the day the figure is for. */
    public static Table waitingForLongTermCare(Kpis kpis) {
        Kpis.LongTermWaits waits = kpis.fundedPeriod().waitingForLongTermCare();
        List<List<String>> rows = waits.byReason().stream().map(w -> List.of(w.reason(), String.valueOf(w.people()),
                one(w.averageDaysWaiting()), String.valueOf(w.longestDaysWaiting()))).toList();
        return new Table("Finished reablement, waiting for long-term care on " + HumanTime.date(waits.asOf()), List.of("Reason",
                "People", "Average days waiting", "Longest wait (days)"), rows,
                "waiting-for-long-term-care-" + waits.asOf());
    }

    /** ASCOF 2B(1): people 65+ discharged into reablement in the period, at home 91 days later or not yet known. */
    public static Table stillAtHome(Kpis kpis) {
        Kpis.StillAtHome home = kpis.outcomes().stillAtHome91Days();
        return new Table("Still at home 91 days after discharge into reablement (65+)", List.of("Figure", "People"),
                List.of(List.of("Discharged into reablement", String.valueOf(home.discharged())),
                        List.of(STILL_AT_HOME_OUTCOMES.get(0), String.valueOf(home.atHome())),
                        List.of(STILL_AT_HOME_OUTCOMES.get(1), String.valueOf(home.notAtHome())),
                        List.of(STILL_AT_HOME_OUTCOMES.get(2), String.valueOf(home.notYetKnown())),
                        List.of("At home, % of those known", home.atHomePercent() == null ? ""
                                : one(home.atHomePercent()))),
                "still-at-home-91-days-" + kpis.filter().from() + "-" + kpis.filter().to());
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
