package org.dischargehub.beds;

/** A person about to hold a bed, and the bed they need: its type, and an infection-designated setting or not. */
public record BedNeed(String holder, BedType type, boolean infectionPositive) {
}
