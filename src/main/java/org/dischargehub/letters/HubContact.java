package org.dischargehub.letters;

/** Whom the person and family contact at the hub, and how: from the hub's settings. */
public record HubContact(String name, String directLine, String hours, String outOfHoursNumber) {
}
