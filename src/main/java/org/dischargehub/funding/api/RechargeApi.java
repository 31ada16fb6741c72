package org.dischargehub.funding.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dischargehub.funding.FundingService;
import org.dischargehub.funding.PlacementKind;
import org.dischargehub.funding.RechargeLine;
import org.dischargehub.funding.RechargeStatement;
import org.dischargehub.shared.CsvDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly recharge statement for the NHS commissioner, as JSON or (with {@code Accept: text/csv}) CSV.
 * Managers only; the role is checked before the month is read, so others get a 403 whatever they send.
 */
@RestController
@RequestMapping("/api/recharges")
class RechargeApi {

    static final String TEXT_CSV = "text/csv";
    private static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    private static final String DESCRIPTION = "MANAGER. Each placement's funded days in the month (the days d with "
            + "dischargedOn <= d < dischargedOn + fundedDays of the scheme in force on the discharge day, cut short by "
            + "the funding decision's decidedOn or the close's closedOn), one line per placement: from and to are the "
            + "first and last recharged day in the month. BED (pathways 2 and 3): days x the setting's dailyRate; "
            + "HOME_CARE (pathway 1): hoursPerWeek x the provider's hourlyRate x days / 7; each line rounded half-up to "
            + "the penny, total = the sum of the lines. Each line also names the person and the setting (BED) or provider "
            + "(HOME_CARE) they are placed with, so that a commissioner can check it. Computed from the current facts on every request. 400 for a "
            + "month not written like 2026-11.";

    private final FundingService funding;

    RechargeApi(FundingService funding) {
        this.funding = funding;
    }

    record LineJson(String referralId, String nhsNumber, PlacementKind kind, LocalDate from, LocalDate to, long days,
            BigDecimal amount, String person, String placedWith) {
        static LineJson of(RechargeLine line) {
            return new LineJson(line.referralId(), line.nhsNumber(), line.kind(), line.from(), line.to(), line.days(),
                    line.amount(), line.person(), line.placedWith());
        }
    }

    record StatementJson(String month, List<LineJson> lines, BigDecimal total) {
    }

    @Operation(summary = "The month's recharge statement", description = DESCRIPTION)
    @GetMapping
    @PreAuthorize("hasRole('MANAGER')")
    public StatementJson statement(@Parameter(required = true, example = "2026-11", schema = @Schema(type = "string",
            pattern = MONTH)) @RequestParam(required = false) String month) {
        RechargeStatement statement = funding.statement(FundingService.month(month));
        return new StatementJson(statement.month().toString(), statement.lines().stream().map(LineJson::of).toList(),
                statement.total());
    }

    @Operation(summary = "The month's recharge statement as CSV", description = DESCRIPTION + " CSV: a header row "
            + "referralId,nhsNumber,kind,from,to,days,amount,person,placedWith, one row per line, then a row whose first column reads "
            + "total and whose amount is the total; amounts with two decimals.")
    @GetMapping(produces = TEXT_CSV)
    @PreAuthorize("hasRole('MANAGER')")
    public ResponseEntity<String> statementCsv(@Parameter(required = true, example = "2026-11", schema = @Schema(
            type = "string", pattern = MONTH)) @RequestParam(required = false) String month) {
        RechargeStatement statement = funding.exportStatement(FundingService.month(month));
        return CsvDownload.of(statement.csvFileName(), statement.csv());
    }
}
