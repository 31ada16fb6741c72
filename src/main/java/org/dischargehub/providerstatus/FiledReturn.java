package org.dischargehub.providerstatus;

/**
 * A return as filed, with the setting it is about (null: the provider as a whole), the rating it earned and whether
 * it opened a follow-up.
 */
public record FiledReturn(StatusReturn statusReturn, String settingCode, Rating rating, FollowUp followUp) {
}
