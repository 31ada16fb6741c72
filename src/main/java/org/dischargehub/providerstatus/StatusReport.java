package org.dischargehub.providerstatus;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a provider reports in its status return; takes a minute on a phone. A bed-based provider may name one of its
 * settings: the return is then about that setting only.
 */
public record StatusReport(
        @NotNull(message = "NONE, SUSPECTED or CONFIRMED is required") Outbreak outbreak,
        @NotNull(message = "the number of people affected is required (0 if none)")
        @Min(value = 0, message = "must not be negative") @Max(value = 100000, message = "not plausible")
        Integer peopleAffected,
        @NotNull(message = "the number of staff is required") @Min(value = 0, message = "must not be negative")
        @Max(value = 100000, message = "not plausible") Integer staffTotal,
        @NotNull(message = "the number of staff absent or isolating is required")
        @Min(value = 0, message = "must not be negative") @Max(value = 100000, message = "not plausible")
        Integer staffAbsent,
        @NotNull(message = "the number of vacancies is required") @Min(value = 0, message = "must not be negative")
        @Max(value = 100000, message = "not plausible") Integer vacancies,
        @NotNull(message = "say whether agency staff are used") Boolean agencyUse,
        @NotNull(message = "say whether staff work across settings") Boolean crossSettingWorking,
        @NotNull(message = "the days of protective equipment left are required")
        @Min(value = 0, message = "must not be negative") @Max(value = 3650, message = "not plausible")
        Integer ppeDaysLeft,
        @NotNull(message = "say whether you can admit new people") Boolean canAdmit,
        @Size(max = 4000, message = "at most 4000 characters") String concern,
        @Size(max = 40, message = "at most 40 characters") String settingCode) {

    /** A return about the provider as a whole, as before returns were filed per setting. */
    public StatusReport(Outbreak outbreak, Integer peopleAffected, Integer staffTotal, Integer staffAbsent,
            Integer vacancies, Boolean agencyUse, Boolean crossSettingWorking, Integer ppeDaysLeft, Boolean canAdmit,
            String concern) {
        this(outbreak, peopleAffected, staffTotal, staffAbsent, vacancies, agencyUse, crossSettingWorking, ppeDaysLeft,
                canAdmit, concern, null);
    }
}
