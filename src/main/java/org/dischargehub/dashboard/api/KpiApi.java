package org.dischargehub.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.dischargehub.dashboard.KpiFilter;
import org.dischargehub.dashboard.KpiService;
import org.dischargehub.dashboard.Kpis;
import org.dischargehub.dashboard.Sitrep;
import org.dischargehub.dashboard.Table;
import org.dischargehub.shared.CsvDownload;
import org.dischargehub.shared.DayParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The performance dashboard's figures and the daily situation report, for managers and coordinators. */
@RestController
class KpiApi {

    private static final String KPI_DESCRIPTION = "MANAGER, COORDINATOR. Days are London days; from and to are "
            + "both included (default: the 28 days ending today); 400 for a day not written like 2026-11-30, from "
            + "after to, a period over 1098 days or a pathway outside 0-3. locality (a code) and pathway narrow "
            + "every referral figure; beds, home care and stale providers follow the locality only. "
            + "Cancelled referrals count in no flow figure. "
            + "flow.referralsPerDay: referrals by the London day of creation and pathway (null: not triaged). "
            + "pathwayShares: each pathway's share of the triaged referrals received, against the national 50/45/4/1 %. "
            + "readyToDischarge: for discharges in the period, dischargedOn - ready date (London date of readyToLeaveAt), "
            + "average, median and 90th percentile (linear interpolation). delayedNow: people not discharged, closed or "
            + "cancelled whose readyToLeaveAt is before the present instant, whatever the period; the same figure as "
            + "the situation report's pastReadyDate for today. delayedDaysByReason: days d in the period with readyDate < d <= "
            + "dischargedOn (today while in hospital), by the referral's delay reason (NOT_RECORDED when none). "
            + "triageWait: hours from creation to the first TRIAGED event, for referrals received in the period. "
            + "capacity.beds: today's beds by tier and type and status; occupancy = occupied / (available + reserved "
            + "+ occupied). homeCareNext7Days: hours posted and booked per locality from today for 7 days. "
            + "staleProviders: home-care providers whose capacity from today on was last updated longer ago than "
            + "the stale limit. fundedPeriod (today, no decision yet): inPeriod, nearEnd (at most 7 funded days left "
            + "after today) and pastEndNoDecision. fundedPeriod.lengthOfStay: stays in a short-term service that "
            + "ended in the period, by service (HOME_CARE for pathway 1 reablement, BED by the bed's tier and type): "
            + "days from the discharge (or the bed move into the bed) to the first of the funding decision, the close "
            + "or a move to another bed; average, median, 90th percentile. fundedPeriod.waitingForLongTermCare: on "
            + "asOf (the period's last day, or today if earlier), pathway 1 episodes not closed whose reablement has "
            + "finished: a funding decision needing ongoing care (CHC, FNC, COUNCIL, SELF_FUNDED; days since the "
            + "decision) or PERIOD_ENDED_NO_DECISION (days since the last funded day); the hub does not record when "
            + "the long-term package starts, so the close stands for it. outcomes.stillAtHome91Days (ASCOF 2B(1) as "
            + "far as the hub's records go): people aged 65+ discharged on pathway 1 in the period; notYetKnown when "
            + "discharged under 91 days ago; otherwise at home unless closed READMITTED, LONG_TERM_CARE or DIED, or "
            + "referred to the hub again (same NHS number, not cancelled), within 91 days of the discharge. outcomes: closes in the period by close outcome; of the people "
            + "discharged in the period, those discharged home (pathway 0 or close outcome HOME) and those readmitted "
            + "within 30 days (close outcome READMITTED, closedOn <= dischargedOn + 30); funding decisions dated in "
            + "the period by outcome; rechargeByMonth: each calendar month the period touches, the recharge "
            + "statement's total for the filter's placements (empty unless the caller is a MANAGER).";

    private final KpiService kpis;

    KpiApi(KpiService kpis) {
        this.kpis = kpis;
    }

    @Operation(summary = "Performance figures: flow, capacity, the funded period and outcomes",
            description = KPI_DESCRIPTION)
    @GetMapping("/api/kpis")
    @PreAuthorize("hasRole('COORDINATOR')")
    public Kpis kpis(@Parameter(example = "2026-11-01", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String from,
            @Parameter(example = "2026-11-30", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String locality,
            @Parameter(example = "1", schema = @Schema(type = "integer", minimum = "0", maximum = "3"))
            @RequestParam(required = false) Integer pathway) {
        return kpis.kpis(KpiFilter.parse(from, to, locality, pathway, kpis.today()));
    }

    @Operation(summary = "The daily discharge situation report", description = "MANAGER, COORDINATOR. For the "
            + "London day (default today): referrals received (not cancelled) and discharges by pathway; pastReadyDate: "
            + "people past their discharge ready date at the end of the day, or now for today (readyToLeaveAt before "
            + "that instant, not discharged or closed on a day begun by then, not cancelled by then), the dashboard's "
            + "delayedNow for today; and the day's delayed days by reason. 400 for a day not written like 2026-11-30.")
    @GetMapping("/api/sitrep")
    @PreAuthorize("hasRole('COORDINATOR')")
    public Sitrep sitrep(@Parameter(example = "2026-11-30", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String locality) {
        return kpis.sitrep(day(day), locality);
    }

    @Operation(summary = "The daily discharge situation report as CSV", description = "As the JSON report: a header "
            + "row Section,Item,Count, then one row per figure.")
    @GetMapping(value = "/api/sitrep", produces = "text/csv")
    @PreAuthorize("hasRole('COORDINATOR')")
    public ResponseEntity<String> sitrepCsv(
            @Parameter(schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String day,
            @RequestParam(required = false) String locality) {
        Table table = kpis.sitrep(day(day), locality).table();
        return CsvDownload.of(table.csvFileName(), table.csv());
    }

    private LocalDate day(String text) {
        LocalDate day = DayParameter.parse("day", text);
        return day == null ? kpis.today() : KpiFilter.plausible("day", day);
    }
}
