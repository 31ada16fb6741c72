package org.dischargehub.beds.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.dischargehub.beds.BedBaseService;
import org.dischargehub.beds.BedRow;
import org.dischargehub.beds.BedStatus;
import org.dischargehub.beds.BedType;
import org.dischargehub.shared.InvalidInputException;
import org.dischargehub.beds.BedBaseCommands.AvailabilityChange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/beds")
class BedsApi {

    private final BedBaseService bedBase;

    BedsApi(BedBaseService bedBase) {
        this.bedBase = bedBase;
    }

    record BedJson(String settingCode, String bedCode, BedType type, int tier, String locality, BedStatus status,
            @Schema(nullable = true) String referralId) {
    }

    @GetMapping
    List<BedJson> beds(
            @Parameter(schema = @Schema(implementation = BedStatus.class)) @RequestParam(required = false)
            String status,
            @Parameter(schema = @Schema(implementation = BedType.class)) @RequestParam(required = false) String type,
            @RequestParam(required = false) String locality) {
        return bedBase.beds(parse(BedStatus.class, "status", status), parse(BedType.class, "type", type),
                        locality == null || locality.isBlank() ? null : locality.trim())
                .stream().map(BedsApi::json).toList();
    }

    /** Closes one bed (maintenance) or opens it again: {@code {available, reason}}. */
    @PutMapping("/{code}/availability")
    BedJson availability(@PathVariable String code, @RequestBody AvailabilityChange body) {
        return json(bedBase.bed(bedBase.changeBedAvailability(code, body).code()));
    }

    private static BedJson json(BedRow b) {
        return new BedJson(b.settingCode(), b.bedCode(), b.type(), b.tier(), b.locality(), b.status(), b.referralId());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
