package org.dischargehub.funding;

/** What the NHS is recharged for: a bed in a setting (pathways 2 and 3) or a home-care package (pathway 1). */
public enum PlacementKind {
    BED, HOME_CARE
}
