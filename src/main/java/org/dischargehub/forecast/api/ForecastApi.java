package org.dischargehub.forecast.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dischargehub.forecast.ForecastAsk;
import org.dischargehub.forecast.ForecastService;
import org.dischargehub.shared.Csv;
import org.dischargehub.shared.CsvDownload;
import org.dischargehub.shared.DayParameter;
import org.dischargehub.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The winter planner's forecast for outside systems and spreadsheets. */
@RestController
class ForecastApi {

    private static final String DESCRIPTION = "COORDINATOR, MANAGER. A daily Monte Carlo (seeded, common random "
            + "numbers) from today over 6 to 12 weeks, per pathway (1 to 3) and locality, from the hub's own records: "
            + "referrals of the last 12 weeks with their weekday profile, times surge from next Monday (reached "
            + "after rampDays, a step when 0); lengths of stay fitted with people still in care censored; open beds "
            + "and posted home-care hours (stale postings and often-declining providers discounted); today's queue "
            + "and who is in care. rows: per stream and day, the queue at the end of the day (mean, 90th percentile "
            + "over replications), the delay in days of those admitted that day (mean and 90th percentile; null when "
            + "no one was), places in use. streams: per stream, the fewest extra beds (pathways 2 and 3) or home-care "
            + "hours a day (pathway 1) that keep the mean wait per person at or under the target (2 days for beds, "
            + "1 for home care; settings), searched with fewer replications; bed-days lost and their cost. 400 for "
            + "a surge not above 0 and at most 5, weeks outside 6-12, rampDays outside 0-84, an unknown locality, added beds "
            + "outside 0-500 or hours outside 0-5000, or capacity added without a locality. closeSetting closes a care "
            + "setting for an outbreak: its open beds are out of use from closeFrom (default next Monday) for "
            + "closeDays (default 14) in the streams its bed types serve; 400 for an unknown setting, one outside the "
            + "locality asked about, one with no open beds, closeFrom outside today to the plan's last day, "
            + "closeDays outside 1-84, or closeFrom or closeDays without closeSetting. lastYearFactor per stream: how "
            + "its pathway's referrals a day changed over these weeks last year against the weeks read before them "
            + "(null where the hub has no records that far back or fewer than 20 referrals then); followLastYear "
            + "multiplies each stream's referrals by it before the surge. homeCareDiscounted: per locality, provider and "
            + "reason (STALE: a posting older than the stale limit counts half; DECLINES: a provider that declined or "
            + "let lapse a share of at least 5 answered offers loses that share), the share taken off, the days it "
            + "touched and the hours a day not counted on. docs/forecast-model.md describes the model and its "
            + "validation.";

    private static final int DEFAULT_CLOSURE_DAYS = 14;

    private final ForecastService forecasts;

    ForecastApi(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @Operation(summary = "How long people will wait per pathway and locality, and what capacity would help",
            description = DESCRIPTION)
    @GetMapping("/api/forecast")
    @PreAuthorize("hasRole('COORDINATOR')")
    public ForecastView forecast(
            @Parameter(example = "1.32", schema = @Schema(type = "number", minimum = "0", exclusiveMinimum = true,
                    maximum = "5")) @RequestParam(defaultValue = "1") double surge,
            @Parameter(example = "8", schema = @Schema(type = "integer", minimum = "6", maximum = "12"))
            @RequestParam(defaultValue = "8") int weeks,
            @Parameter(example = "0", schema = @Schema(type = "integer", minimum = "0", maximum = "84"))
            @RequestParam(defaultValue = "0") int rampDays,
            @Parameter(description = "a locality's code; all localities when left out")
            @RequestParam(required = false) String locality,
            @Parameter(description = "beds added for pathway 2 in the locality from next Monday (needs locality)",
                    schema = @Schema(type = "integer", minimum = "0", maximum = "500"))
            @RequestParam(defaultValue = "0") int addBedsPathway2,
            @Parameter(description = "beds added for pathway 3 in the locality from next Monday (needs locality)",
                    schema = @Schema(type = "integer", minimum = "0", maximum = "500"))
            @RequestParam(defaultValue = "0") int addBedsPathway3,
            @Parameter(description = "home-care hours a day added for pathway 1 in the locality from next Monday "
                    + "(needs locality)", schema = @Schema(type = "number", minimum = "0", maximum = "5000"))
            @RequestParam(defaultValue = "0") double addHoursPerDayPathway1,
            @Parameter(description = "a care setting's code: closed for an outbreak")
            @RequestParam(required = false) String closeSetting,
            @Parameter(description = "the first day closed (default next Monday)", schema = @Schema(type = "string",
                    format = "date")) @RequestParam(required = false) String closeFrom,
            @Parameter(description = "days closed (default 14)", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "84")) @RequestParam(required = false) Integer closeDays,
            @Parameter(description = "referrals follow last year's change over the same weeks (lastYearFactor)")
            @RequestParam(defaultValue = "false") boolean followLastYear) {
        return ForecastView.of(forecasts.forecast(new ForecastAsk(surge, weeks, rampDays, locality,
                new ForecastAsk.Added(addBedsPathway2, addBedsPathway3, addHoursPerDayPathway1),
                closed(closeSetting, closeFrom, closeDays), followLastYear)), surge, weeks);
    }

    private static ForecastAsk.Closed closed(String setting, String from, Integer days) {
        LocalDate first = DayParameter.parse("closeFrom", from);
        if (setting == null) {
            if (first != null || days != null) {
                throw InvalidInputException.of("closeSetting", "name the setting that closes");
            }
            return null;
        }
        return new ForecastAsk.Closed(setting, first, days == null ? DEFAULT_CLOSURE_DAYS : days);
    }

    @Operation(summary = "The forecast as CSV", description = "As the JSON rows, one line per pathway, locality and "
            + "day, each with its stream's fewest extra beds or hours a day (and whether the search found them) and "
            + "its last year's factor.")
    @GetMapping(value = "/api/forecast", produces = "text/csv")
    @PreAuthorize("hasRole('COORDINATOR')")
    public ResponseEntity<String> forecastCsv(@RequestParam(defaultValue = "1") double surge,
            @RequestParam(defaultValue = "8") int weeks, @RequestParam(defaultValue = "0") int rampDays,
            @RequestParam(required = false) String locality, @RequestParam(defaultValue = "0") int addBedsPathway2,
            @RequestParam(defaultValue = "0") int addBedsPathway3,
            @RequestParam(defaultValue = "0") double addHoursPerDayPathway1,
            @RequestParam(required = false) String closeSetting, @RequestParam(required = false) String closeFrom,
            @RequestParam(required = false) Integer closeDays,
            @RequestParam(defaultValue = "false") boolean followLastYear) {
        ForecastView view = forecast(surge, weeks, rampDays, locality, addBedsPathway2, addBedsPathway3,
                addHoursPerDayPathway1, closeSetting, closeFrom, closeDays, followLastYear);
        Map<String, ForecastView.Stream> streams = view.streams().stream()
                .collect(Collectors.toMap(s -> s.pathway() + "/" + s.locality(), Function.identity()));
        List<List<String>> lines = new ArrayList<>();
        for (ForecastView.Row row : view.rows()) {
            ForecastView.Stream stream = streams.get(row.pathway() + "/" + row.locality());
            lines.add(List.of(String.valueOf(row.pathway()), row.locality(), row.date().toString(),
                    number(row.queueMean()), String.valueOf(row.queueP90()), number(row.delayDaysMean()),
                    number(row.delayDaysP90()), number(row.occupancyMean()),
                    stream.extraBeds() == null ? "" : String.valueOf(stream.extraBeds()),
                    number(stream.extraHoursPerDay()), String.valueOf(stream.found()),
                    number(stream.lastYearFactor())));
        }
        String csv = Csv.of(List.of("pathway", "locality", "date", "queueMean", "queueP90", "delayDaysMean",
                "delayDaysP90", "occupancyMean", "extraBeds", "extraHoursPerDay", "extraFound", "lastYearFactor"), lines);
        return CsvDownload.of(Csv.fileName("forecast"), csv);
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
