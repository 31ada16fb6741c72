package org.dischargehub.homecare;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What providers and the hub ask of home-care capacity; validated the same way from the UI and the API. */
public final class HomeCareCommands {

    private HomeCareCommands() {
    }

    public record CapacityPosting(
            @NotBlank(message = "a locality is required") @Size(max = 40, message = "at most 40 characters")
            String locality,
            @NotNull(message = "the hours per week of new packages are required")
            @DecimalMin(value = "0", message = "must not be negative")
            @DecimalMax(value = "9999", message = "at most 9999 hours per week")
            @Digits(integer = 4, fraction = 2, message = "hours with at most two decimals") BigDecimal hoursPerWeek) {
    }

    /** The hours posted on {@code day} are posted on every following day through {@code through}. */
    public record CopyDay(
            @NotBlank(message = "a locality is required") @Size(max = 40, message = "at most 40 characters")
            String locality,
            @NotNull(message = "the day to copy is required") LocalDate day,
            @NotNull(message = "the last day to copy to is required") LocalDate through) {
    }

    /** The seven days from {@code firstDay} are posted again on the seven days after them. */
    public record CopyWeek(
            @NotBlank(message = "a locality is required") @Size(max = 40, message = "at most 40 characters")
            String locality,
            @NotNull(message = "the first day of the week to copy is required") LocalDate firstDay) {
    }

    public record Decline(@Size(max = 4000, message = "at most 4000 characters") String reason) {
    }

    public record HandBack(
            @NotBlank(message = "say why the package is handed back") @Size(max = 4000, message = "at most 4000 characters")
            String reason) {
    }

    /** The hub offers a person's package to a provider; the referral module supplies what it knows of the person. */
    public record NewOffer(String referralId, String providerCode, Long localityId, LocalDate startDate,
            BigDecimal hoursPerWeek, String needs) {
    }

    /** The hub offers a person's package to several providers at once; the first to accept takes it. */
    public record NewOffers(String referralId, List<String> providerCodes, Long localityId, LocalDate startDate,
            BigDecimal hoursPerWeek, String needs) {

        /** The offer of the same package to one of the providers. */
        NewOffer to(String providerCode) {
            return new NewOffer(referralId, providerCode, localityId, startDate, hoursPerWeek, needs);
        }
    }
}
