package org.dischargehub.beds;

/** Published when a bed or a setting changes state; bed boards refresh on it once the change has committed. */
public record BedsChanged(String settingCode, String bedCode) {
}
