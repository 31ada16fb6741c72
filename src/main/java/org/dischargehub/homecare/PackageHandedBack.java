package org.dischargehub.homecare;

/** A provider gave back a package it had accepted (e.g. staff shortage); its hours are free again. */
public record PackageHandedBack(String offerId, String referralId, String providerCode, String reason) {
}
