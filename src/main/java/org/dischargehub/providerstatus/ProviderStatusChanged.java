package org.dischargehub.providerstatus;

/** Published when a provider files a return or the hub follows one up; the tracker refreshes on it. */
public record ProviderStatusChanged(String providerCode) {
}
