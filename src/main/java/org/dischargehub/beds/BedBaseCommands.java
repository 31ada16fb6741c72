package org.dischargehub.beds;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public final class BedBaseCommands {

    private BedBaseCommands() {
    }

    public record NewSetting(
            @NotBlank(message = "a code is required") @Size(max = 40, message = "at most 40 characters") String code,
            @NotBlank(message = "a name is required") @Size(max = 200, message = "at most 200 characters") String name,
            @NotBlank(message = "a provider is required") @Size(max = 40, message = "at most 40 characters") String providerCode,
            @NotBlank(message = "a locality is required") @Size(max = 40, message = "at most 40 characters") String locality,
            @NotNull(message = "a tier is required") @Min(value = 1, message = "tiers run from 1 to 9")
            @Max(value = 9, message = "tiers run from 1 to 9") Integer tier,
            @NotNull(message = "a daily rate is required") @DecimalMin(value = "0.00", message = "must not be negative")
            @DecimalMax(value = "99999.99", message = "at most 99999.99")
            @Digits(integer = 5, fraction = 2, message = "pounds with at most two decimals") BigDecimal dailyRate,
            @NotNull(message = "say whether the setting is designated for infection") Boolean designatedForInfection) {
    }

    public record NewBed(
            @NotBlank(message = "a code is required") @Size(max = 40, message = "at most 40 characters") String code,
            @NotNull(message = "REHAB, NURSING, DEMENTIA, END_OF_LIFE or GENERAL is required") BedType type) {
    }

    public record AdmissionsChange(
            @NotNull(message = "say whether the setting accepts admissions") Boolean accepting,
            @Size(max = 4000, message = "at most 4000 characters") String reason) {
    }

    public record AvailabilityChange(
            @NotNull(message = "say whether the bed is available") Boolean available,
            @Size(max = 4000, message = "at most 4000 characters") String reason) {
    }
}
