package org.dischargehub.referral;

import java.time.LocalDate;
import org.dischargehub.shared.HumanTime;

/** What is held for the person: a bed, or a home-care package from a provider starting on a day. */
public record Allocation(String kind, String bedCode, String providerCode, LocalDate startDate) {

    public static Allocation bed(String bedCode) {
        return new Allocation("BED", bedCode, null, null);
    }

    public static Allocation homeCare(String providerCode, LocalDate startDate) {
        return new Allocation("HOME_CARE", null, providerCode, startDate);
    }

    public String describe() {
        return bedCode != null ? "bed " + bedCode : "home care from " + providerCode + " starting " + HumanTime.date(startDate);
    }
}
