package org.dischargehub.ui;

/**
 * Sent to every open view when this node's line to the other nodes was cut and is back: changes they committed
 * meanwhile were not heard of here, so every view redraws from the database, whatever change it usually waits for.
 */
public record ChangesMayHaveBeenMissed() {
}
