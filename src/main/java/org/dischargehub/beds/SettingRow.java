package org.dischargehub.beds;

import java.math.BigDecimal;

/**
 * A setting as lists show it, with its provider and locality by code and its beds counted; {@code dailyRate} is null
 * when the reader may not see that provider's prices ({@link org.dischargehub.directory.PriceSight}).
 */
public record SettingRow(String code, String name, String providerCode, String locality, int tier,
        BigDecimal dailyRate, boolean designatedForInfection, boolean acceptingAdmissions, String admissionsReason,
        long beds) {
}
