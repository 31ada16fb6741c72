package org.dischargehub.providerstatus;

/** A return as filed, with the rating it earned and whether it opened a follow-up. */
public record FiledReturn(StatusReturn statusReturn, Rating rating, FollowUp followUp) {
}
