package org.dischargehub.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Every figure of the dashboard for one filter, as of {@code asOf} (today, London). */
public record Kpis(KpiFilter filter, LocalDate asOf, Flow flow, Capacity capacity, FundedPeriod fundedPeriod,
        Outcomes outcomes, FollowUp followUp) {

    /** The national expectation of each pathway's share of discharges, in per cent. */
    public static final List<Integer> NATIONAL_SHARE_PERCENT = List.of(50, 45, 4, 1);

    public record Flow(List<DayCount> referralsPerDay, List<PathwayShare> pathwayShares,
            List<ReadyToDischarge> readyToDischarge, int delayedNow, List<ReasonCount> delayedNowByReason,
            List<ReasonCount> delayedDaysByReason, TriageWait triageWait) {
    }

    /** Referrals received on a day with a pathway ({@code null}: not triaged yet, or cancelled before triage). */
    public record DayCount(LocalDate day, @Schema(nullable = true) Integer pathway, int referrals) {
    }

    /** A pathway's share of the triaged referrals received in the period, against the national expectation. */
    public record PathwayShare(int pathway, int referrals, double sharePercent, int nationalPercent) {
    }

    /** Days from the discharge ready date to the discharge, for people discharged in the period. */
    public record ReadyToDischarge(int pathway, int discharges, double averageDays, double medianDays,
            double p90Days) {
    }

    public record ReasonCount(String reason, @Schema(nullable = true) String label, int count) {
    }

    /** Hours from a referral's creation to its first triage, for referrals received in the period and triaged. */
    public record TriageWait(int triaged, @Schema(nullable = true) Double averageHours,
            @Schema(nullable = true) Double medianHours) {
    }

    public record Capacity(List<BedCount> beds, List<HomeCareHours> homeCareNext7Days, List<StaleProvider> staleProviders,
            List<SettingDeclines> reservationDeclines) {
    }

    /** Reservations a setting's home declined in the period. */
    public record SettingDeclines(String setting, String name, int declines) {
    }

    /** Beds of one tier and type by status today; occupancy is occupied / (available + reserved + occupied). */
    public record BedCount(int tier, String type, int available, int reserved, int occupied, int closed,
            @Schema(nullable = true) Double occupancyPercent) {
        public int total() {
            return available + reserved + occupied + closed;
        }
    }

    public record HomeCareHours(String locality, BigDecimal posted, BigDecimal booked) {
    }

    public record StaleProvider(String code, String name, @Schema(nullable = true) java.time.Instant lastUpdated) {
    }

    /**
     * People in a funded D2A period today without a decision: inside it, near its end, or past it; the length of the
     * short-term stays that ended in the period; and who finished reablement but still waits for long-term care.
     */
    public record FundedPeriod(int inPeriod, int nearEnd, int pastEndNoDecision, List<StayLength> lengthOfStay,
            LongTermWaits waitingForLongTermCare) {
    }

    /**
     * Days in one short-term service for the stays that ended in the period. {@code service} is {@code HOME_CARE}
     * (pathway 1 reablement at home) or {@code BED} with the bed's tier and type (tier null when the bed is unknown).
     */
    public record StayLength(String service, @Schema(nullable = true) Integer tier,
            @Schema(nullable = true) String bedType, int stays, double averageDays, double medianDays, double p90Days) {
    }

    /** Reablement (pathway 1) finished but the episode not closed, on {@code asOf}: the end of the period or today. */
    public record LongTermWaits(LocalDate asOf, int people, List<LongTermWait> byReason) {
    }

    /**
     * One reason for waiting: a funding outcome that needs ongoing care (CHC, FNC, COUNCIL, SELF_FUNDED; days since
     * the decision) or {@code PERIOD_ENDED_NO_DECISION} (days since the last funded day).
     */
    public record LongTermWait(String reason, int people, double averageDaysWaiting, int longestDaysWaiting) {
    }

    public record Outcomes(List<OutcomeCount> closedByOutcome, int discharged, int dischargedHome,
            @Schema(nullable = true) Double dischargedHomePercent, int readmittedWithin30Days,
            @Schema(nullable = true) Double readmittedPercent, List<OutcomeCount> fundingDecisions,
            List<MonthTotal> rechargeByMonth, StillAtHome stillAtHome91Days) {
    }

    /**
     * ASCOF 2B(1) as far as the hub's records allow: people aged 65 or over discharged into reablement (pathway 1) in
     * the period; known once 91 days have passed; at home unless closed READMITTED, LONG_TERM_CARE or DIED, or
     * referred again, within 91 days of the discharge.
     */
    public record StillAtHome(int discharged, int notYetKnown, int atHome, int notAtHome,
            @Schema(nullable = true) Double atHomePercent) {
    }

    /**
     * Whether people know whom to contact and what happens next, and whether anyone checked on them. Of the referrals
     * received in the period and triaged (cancelled left out): how many the hub can reach (a phone, an address or a
     * next of kin's phone), how many were given a triage letter and how many had it posted (delivered from the
     * outbox); of the people discharged in the period, the same for the discharge letter; and of their calls after
     * discharge (withdrawn ones left out), pathway 0's safe-and-well calls that reached the person within 72 hours
     * of the discharge and pathways 1 to 3's check-in calls that reached them by the day they were due.
     */
    public record FollowUp(int triaged, int reachable, @Schema(nullable = true) Double reachablePercent,
            int triageLetters, @Schema(nullable = true) Double triageLetterPercent, int triageLettersSent,
            int discharged, int dischargeLetters, @Schema(nullable = true) Double dischargeLetterPercent,
            int dischargeLettersSent, int safeAndWellCalls, int safeAndWellWithin72Hours,
            @Schema(nullable = true) Double safeAndWellWithin72HoursPercent, int checkInCalls, int checkInsOnTime,
            @Schema(nullable = true) Double checkInsOnTimePercent) {
    }

    public record OutcomeCount(String outcome, int count) {
    }

    /** The recharge to health for a month of the period; only managers see it (the statement is theirs). */
    public record MonthTotal(YearMonth month, BigDecimal total) {
    }
}
