package org.dischargehub.homecare.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dischargehub.homecare.CapacityRow;
import org.dischargehub.homecare.HomeCareCapacityService;
import org.dischargehub.homecare.HomeCareCommands.CapacityPosting;
import org.dischargehub.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Providers' rostering systems post daily capacity; the hub reads it. */
@RestController
@RequestMapping("/api")
class CapacityApi {

    private final HomeCareCapacityService homeCare;

    CapacityApi(HomeCareCapacityService homeCare) {
        this.homeCare = homeCare;
    }

    record CapacityJson(String providerCode, String locality, LocalDate date, BigDecimal hoursPosted,
            BigDecimal hoursBooked, BigDecimal hoursOffered, BigDecimal hoursFree, Instant updatedAt, boolean stale) {

        static CapacityJson of(CapacityRow row) {
            return new CapacityJson(row.providerCode(), row.locality(), row.date(), row.hoursPosted(),
                    row.hoursBooked(), row.hoursOffered(), row.hoursFree(), row.updatedAt(), row.stale());
        }
    }

    /** {@code {locality, hoursPerWeek}}: idempotent per provider, day and locality. */
    @PutMapping("/providers/{code}/capacity/{date}")
    CapacityJson post(@PathVariable String code,
            @Parameter(schema = @Schema(type = "string", format = "date")) @PathVariable String date,
            @RequestBody CapacityPosting body) {
        return CapacityJson.of(homeCare.postCapacity(code, parse("date", date), body));
    }

    /** Every provider's capacity on a day (today when not given), for one locality or all. */
    @GetMapping("/capacity/home-care")
    List<CapacityJson> capacity(
            @Parameter(schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String date,
            @RequestParam(required = false) String locality) {
        LocalDate day = date == null || date.isBlank() ? homeCare.today() : parse("date", date);
        return homeCare.capacity(day, locality).stream().map(CapacityJson::of).toList();
    }

    private static LocalDate parse(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "a date like 2026-11-23");
        }
    }
}
