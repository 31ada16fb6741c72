package org.dischargehub.directory;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a manager sends to set up the county; validated the same way from the UI and the API. */
public final class DirectoryCommands {

    private DirectoryCommands() {
    }

    public record NewLocality(
            @NotBlank(message = "a code is required") @Size(max = 40, message = "at most 40 characters") String code,
            @NotBlank(message = "a name is required") @Size(max = 200, message = "at most 200 characters") String name) {
    }

    public record NewProvider(
            @NotBlank(message = "a code is required") @Size(max = 40, message = "at most 40 characters") String code,
            @NotBlank(message = "a name is required") @Size(max = 200, message = "at most 200 characters") String name,
            @NotNull(message = "HOME_CARE or BED_BASED is required") ProviderKind kind,
            @DecimalMin(value = "0.00", message = "must not be negative")
            @DecimalMax(value = "9999.99", message = "at most 9999.99")
            @Digits(integer = 4, fraction = 2, message = "pounds with at most two decimals") BigDecimal hourlyRate) {
    }

    public record NewScheme(
            @NotBlank(message = "a name is required") @Size(max = 200, message = "at most 200 characters") String name,
            @NotNull(message = "funded days are required") @Min(value = 1, message = "at least 1 day")
            @Max(value = 366, message = "at most 366 days") Integer fundedDays,
            @NotNull(message = "a start date is required") LocalDate validFrom) {
    }
}
