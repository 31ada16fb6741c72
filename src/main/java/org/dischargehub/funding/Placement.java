package org.dischargehub.funding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person's placement after discharge as the recharge sees it: when it started, what may have cut it short (the
 * funding decision's and the close's dates are each the first day no longer recharged) and its rate; the person's name
 * and the setting or provider they are placed with, for whoever checks the statement.
 */
public record Placement(String referralId, String nhsNumber, LocalDate dischargedOn, LocalDate decidedOn,
        LocalDate closedOn, Rate rate, String person, String placedWith) {

    public Placement {
        Objects.requireNonNull(referralId);
        Objects.requireNonNull(nhsNumber);
        Objects.requireNonNull(dischargedOn);
        Objects.requireNonNull(rate);
    }
}
