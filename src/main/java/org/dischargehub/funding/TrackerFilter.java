package org.dischargehub.funding;

/** What the D2A tracker is narrowed to; null means any. Decided placements are shown only when asked for. */
public record TrackerFilter(Integer pathway, String locality, String provider, String setting, boolean includeDecided) {

    public static TrackerFilter everyone() {
        return new TrackerFilter(null, null, null, null, false);
    }
}
