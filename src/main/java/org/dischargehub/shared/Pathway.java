package org.dischargehub.shared;

import java.util.Arrays;

/**
 * The national discharge pathways: 0 home with no new support, 1 home with care, 2 a bed for rehabilitation or
 * recovery, 3 a bed for people who may need long-term care. 1 to 3 are funded for the D2A period; 2 and 3 need a bed.
 */
public enum Pathway {
    ZERO, ONE, TWO, THREE;

    /** The pathway numbered as people and the API number it, 0 to 3. */
    public static Pathway of(int number) {
        return Arrays.stream(values()).filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("pathways run from 0 to 3, not " + number));
    }

    public int number() {
        return ordinal();
    }

    public boolean needsBed() {
        return this == TWO || this == THREE;
    }

    public boolean needsHomeCare() {
        return this == ONE;
    }

    /** Whether a discharge on this pathway starts the funded period; pathway 0 closes the episode instead. */
    public boolean funded() {
        return this != ZERO;
    }

    /** What it needs, for messages: "a bed" or "home care". */
    public String need() {
        return needsBed() ? "a bed" : needsHomeCare() ? "home care" : "nothing new";
    }
}
