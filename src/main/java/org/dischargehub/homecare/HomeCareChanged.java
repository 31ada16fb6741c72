package org.dischargehub.homecare;

/** Published when capacity or an offer changes; views showing home care refresh once the change has committed. */
public record HomeCareChanged(String providerCode) {
}
