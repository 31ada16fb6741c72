package org.dischargehub.forecast;

/**
 * Seeds for common random numbers: each (run seed, replication, stream, purpose) has its own generator seed, so a
 * replication draws the same arrivals and the same stays in every scenario whatever else changed.
 */
final class Seeds {

    static final int ARRIVALS = 1;
    static final int STAYS = 2;

    private Seeds() {
    }

    static long of(long seed, int replication, StreamKey stream, int purpose) {
        long h = mix(seed);
        h = mix(h ^ replication);
        h = mix(h ^ stream.pathway().hashCode());
        h = mix(h ^ stream.locality().hashCode());
        return mix(h ^ purpose);
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated seeds. */
    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
