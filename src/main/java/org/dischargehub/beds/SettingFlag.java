package org.dischargehub.beds;

import java.util.List;

/**
 * What the hub knows of a setting's standing from its provider's status returns: the latest rating ({@code GREEN},
 * {@code AMBER}, {@code RED}) and the warnings to show with its beds. RED and AMBER beds rank after unflagged ones.
 */
public record SettingFlag(String rag, List<String> warnings) {

    public SettingFlag {
        warnings = List.copyOf(warnings);
    }

    /** 0 unflagged, 1 amber, 2 red: the order within a tier. */
    int rank() {
        return "RED".equals(rag) ? 2 : "AMBER".equals(rag) ? 1 : 0;
    }
}
