package org.dischargehub.directory;

public enum ProviderKind {
    HOME_CARE, BED_BASED
}
