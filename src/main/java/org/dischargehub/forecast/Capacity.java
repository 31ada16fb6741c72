package org.dischargehub.forecast;

/**
 * What a stream can serve at once. Beds hold one person each; home care holds as many packages as the hours
 * posted per day cover at the hours one package takes a day. Both are counted in places internally.
 */
public sealed interface Capacity {

    /** Places on offer given {@code change} in the capacity's own unit (beds, or hours a day). */
    int places(double change);

    /** The least amount to add, in the capacity's own unit, for {@code extraPlaces} more places than today. */
    double extraAmountFor(int extraPlaces);

    /** The default target delay in days: 2 for bed-based care (NICE QS173), 1 for care at home (pathway 1). */
    double defaultTargetDays();

    record Beds(int beds) implements Capacity {
        public Beds {
            if (beds < 0) {
                throw new IllegalArgumentException("A stream cannot have a negative number of beds");
            }
        }

        @Override
        public int places(double change) {
            return (int) Math.max(0, Math.round(beds + change));
        }

        @Override
        public double extraAmountFor(int extraPlaces) {
            return extraPlaces;
        }

        @Override
        public double defaultTargetDays() {
            return 2;
        }
    }

    record HomeCare(double hoursPerDay, double hoursPerPackagePerDay) implements Capacity {
        public HomeCare {
            if (!(hoursPerDay >= 0) || Double.isInfinite(hoursPerDay)) {
                throw new IllegalArgumentException("Home-care hours per day must be finite and not negative");
            }
            if (!(hoursPerPackagePerDay > 0) || Double.isInfinite(hoursPerPackagePerDay)) {
                throw new IllegalArgumentException("Hours per package per day must be positive");
            }
        }

        @Override
        public int places(double change) {
            double hours = Math.max(0, hoursPerDay + change);
            return (int) Math.floor(hours / hoursPerPackagePerDay + 1e-9);
        }

        @Override
        public double extraAmountFor(int extraPlaces) {
            if (extraPlaces == 0) {
                return 0;
            }
            return Math.max(0, (places(0) + extraPlaces) * hoursPerPackagePerDay - hoursPerDay);
        }

        @Override
        public double defaultTargetDays() {
            return 1;
        }
    }
}
