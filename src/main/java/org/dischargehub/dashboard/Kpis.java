package org.dischargehub.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Every figure of the dashboard for one filter, as of {@code asOf} (today, London). */
public record Kpis(KpiFilter filter, LocalDate asOf, Flow flow, Capacity capacity, FundedPeriod fundedPeriod,
        Outcomes outcomes) {

    /** The national expectation of each pathway's share of discharges, in per cent. */
    public static final List<Integer> NATIONAL_SHARE_PERCENT = List.of(50, 45, 4, 1);

    public record Flow(List<DayCount> referralsPerDay, List<PathwayShare> pathwayShares,
            List<ReadyToDischarge> readyToDischarge, int delayedNow, List<ReasonCount> delayedNowByReason,
            List<ReasonCount> delayedDaysByReason, TriageWait triageWait) {
    }

    /** Referrals received on a day with a pathway ({@code null}: not triaged yet, or cancelled before triage). */
    public record DayCount(LocalDate day, Integer pathway, int referrals) {
    }

    /** A pathway's share of the triaged referrals received in the period, against the national expectation. */
    public record PathwayShare(int pathway, int referrals, double sharePercent, int nationalPercent) {
    }

    /** Days from the discharge ready date to the discharge, for people discharged in the period. */
    public record ReadyToDischarge(int pathway, int discharges, double averageDays, double medianDays,
            double p90Days) {
    }

    public record ReasonCount(String reason, String label, int count) {
    }

    /** Hours from a referral's creation to its first triage, for referrals received in the period and triaged. */
    public record TriageWait(int triaged, Double averageHours, Double medianHours) {
    }

    public record Capacity(List<BedCount> beds, List<HomeCareHours> homeCareNext7Days, List<StaleProvider> staleProviders) {
    }

    /** Beds of one tier and type by status today; occupancy is occupied / (available + reserved + occupied). */
    public record BedCount(int tier, String type, int available, int reserved, int occupied, int closed,
            Double occupancyPercent) {
        public int total() {
            return available + reserved + occupied + closed;
        }
    }

    public record HomeCareHours(String locality, BigDecimal posted, BigDecimal booked) {
    }

    public record StaleProvider(String code, String name, java.time.Instant lastUpdated) {
    }

    /** People in a funded D2A period today without a decision: inside it, near its end, or past it. */
    public record FundedPeriod(int inPeriod, int nearEnd, int pastEndNoDecision) {
    }

    public record Outcomes(List<OutcomeCount> closedByOutcome, int discharged, int dischargedHome,
            Double dischargedHomePercent, int readmittedWithin30Days, Double readmittedPercent,
            List<OutcomeCount> fundingDecisions, List<MonthTotal> rechargeByMonth) {
    }

    public record OutcomeCount(String outcome, int count) {
    }

    /** The recharge to health for a month of the period; only managers see it (the statement is theirs). */
    public record MonthTotal(YearMonth month, BigDecimal total) {
    }
}
