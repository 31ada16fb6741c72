package org.dischargehub.forecast;

import java.util.Objects;

/** One stream of demand the planner follows on its own: a discharge pathway in a locality. */
public record StreamKey(String pathway, String locality) {

    public StreamKey {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(locality, "locality");
    }

    @Override
    public String toString() {
        return pathway + " / " + locality;
    }
}
