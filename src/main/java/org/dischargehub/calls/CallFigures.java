package org.dischargehub.calls;

/**
 * For the dashboard: of the calls due for people discharged in a period (withdrawn ones left out), how many reached
 * the person within 72 hours of the discharge.
 */
public record CallFigures(long due, long madeWithin72Hours) {
}
