package org.dischargehub.notice;

/** A figure beside a menu item: the item's route, how many, and the words that say of what ("3 open"). */
public record MenuCount(String route, long count, String label) {
}
