package org.dischargehub.forecast;

import java.util.List;
import java.util.Map;

/**
 * What the hub's records said beside the streams, for the planner to read with the forecast: per pathway, last
 * year's change over these weeks (where known); the posted home-care hours not counted on; and per bed-based
 * stream, the bed types whose beds it counts (so extra beds are of those types).
 */
public record Readings(Map<Integer, LastYear> lastYear, List<HoursDiscounted> discounted,
        Map<StreamKey, List<String>> bedTypes) {

    public static final Readings NONE = new Readings(Map.of(), List.of(), Map.of());

    public Readings {
        lastYear = Map.copyOf(lastYear);
        discounted = List.copyOf(discounted);
        bedTypes = Map.copyOf(bedTypes);
    }
}
