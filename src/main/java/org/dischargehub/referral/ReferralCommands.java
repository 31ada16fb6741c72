package org.dischargehub.referral;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dischargehub.beds.BedType;
import org.dischargehub.shared.ValidNhsNumber;

/** What people and systems ask of a referral; validated the same way from the UI, the API and the process. */
public final class ReferralCommands {

    private ReferralCommands() {
    }

    public record NewReferral(
            @NotBlank(message = "an NHS number is required") @Size(max = 20, message = "an NHS number has ten digits")
            @ValidNhsNumber String nhsNumber,
            @NotBlank(message = "a given name is required") @Size(max = 200, message = "at most 200 characters")
            String givenName,
            @NotBlank(message = "a family name is required") @Size(max = 200, message = "at most 200 characters")
            String familyName,
            @NotNull(message = "a date of birth is required") LocalDate dateOfBirth,
            @NotBlank(message = "a locality is required") @Size(max = 40, message = "at most 40 characters")
            String locality,
            @NotBlank(message = "a hospital is required") @Size(max = 200, message = "at most 200 characters")
            String hospital,
            @NotBlank(message = "a ward is required") @Size(max = 200, message = "at most 200 characters") String ward,
            @NotNull(message = "the discharge ready time is required") Instant readyToLeaveAt,
            @NotNull(message = "say whether the person is infection-positive") Boolean infectionPositive,
            @Size(max = 4000, message = "at most 4000 characters") String notes) {
    }

    public record Triage(
            @NotNull(message = "a pathway from 0 to 3 is required") @Min(value = 0, message = "pathways run from 0 to 3")
            @Max(value = 3, message = "pathways run from 0 to 3") Integer pathway,
            BedType bedType,
            @DecimalMin(value = "0.01", message = "hours per week must be more than 0")
            @DecimalMax(value = "168", message = "at most 168 hours a week") BigDecimal hoursPerWeek,
            LocalDate startDate,
            @NotBlank(message = "a rationale is required") @Size(max = 4000, message = "at most 4000 characters")
            String rationale) {
    }

    public record BedAllocation(
            @NotBlank(message = "a bed code is required") @Size(max = 40, message = "at most 40 characters")
            String bedCode) {
    }

    public record HomeCareAllocation(
            @NotBlank(message = "a provider code is required") @Size(max = 40, message = "at most 40 characters")
            String providerCode,
            @NotNull(message = "a start date is required") LocalDate startDate) {
    }

    /** Pathway 1: the package offered to several providers at once; the first to accept takes it. */
    public record HomeCareAllocations(List<String> providerCodes,
            @NotNull(message = "a start date is required") LocalDate startDate) {
    }

    public record Discharge(@NotNull(message = "the discharge date is required") LocalDate dischargedOn) {
    }

    public record Close(
            @NotNull(message = "the closing date is required") LocalDate closedOn,
            @NotNull(message = "HOME, READMITTED, LONG_TERM_CARE or DIED is required") CloseOutcome outcome) {
    }

    public record Cancel(
            @NotBlank(message = "a reason is required") @Size(max = 4000, message = "at most 4000 characters")
            String reason) {
    }

    public record NewReadyDate(
            @NotNull(message = "the new discharge ready time is required") Instant readyToLeaveAt,
            @NotBlank(message = "a reason is required") @Size(max = 4000, message = "at most 4000 characters")
            String reason) {
    }

    /** Why the home declines a reservation, or why the MDT should re-triage: a sentence a colleague reads. */
    public record Reason(
            @NotBlank(message = "a reason is required") @Size(max = 4000, message = "at most 4000 characters")
            String reason) {
    }

    public record DelayReasonChange(@Size(max = 40, message = "at most 40 characters") String code) {
    }

    public record NewDelayReason(
            @NotBlank(message = "a code is required") @Size(max = 40, message = "at most 40 characters")
            @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9_]*", message = "letters, digits and _ only")
            String code,
            @NotBlank(message = "a label is required") @Size(max = 200, message = "at most 200 characters")
            String label) {
    }
}
