package org.dischargehub.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The agreed price of a placement, and what a number of its days cost, rounded half-up to the penny. */
public sealed interface Rate {

    BigDecimal SEVEN = BigDecimal.valueOf(7);

    PlacementKind kind();

    BigDecimal amountFor(long days);

    String describe();

    /** A bed: the setting's daily rate. */
    record Daily(BigDecimal perDay) implements Rate {

        public Daily {
            Objects.requireNonNull(perDay, "a bed's setting has a daily rate");
        }

        @Override
        public PlacementKind kind() {
            return PlacementKind.BED;
        }

        @Override
        public BigDecimal amountFor(long days) {
            return perDay.multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);
        }

        @Override
        public String describe() {
            return "£" + perDay.setScale(2, RoundingMode.HALF_UP).toPlainString() + " a day";
        }
    }

    /** A home-care package: its hours a week at the provider's hourly rate; a day is a seventh of a week. */
    record Hourly(BigDecimal hoursPerWeek, BigDecimal perHour) implements Rate {

        public Hourly {
            Objects.requireNonNull(hoursPerWeek, "a home-care package has hours per week");
            Objects.requireNonNull(perHour, "a home-care provider has an hourly rate");
        }

        @Override
        public PlacementKind kind() {
            return PlacementKind.HOME_CARE;
        }

        /** Divides once, at the end, so that only the line's own rounding is ever applied. */
        @Override
        public BigDecimal amountFor(long days) {
            return hoursPerWeek.multiply(perHour).multiply(BigDecimal.valueOf(days))
                    .divide(SEVEN, 2, RoundingMode.HALF_UP);
        }

        @Override
        public String describe() {
            return hoursPerWeek.stripTrailingZeros().toPlainString() + " h a week at £"
                    + perHour.setScale(2, RoundingMode.HALF_UP).toPlainString() + " an hour";
        }
    }
}
