package org.dischargehub.forecast;

/** Told after each replication, from a worker thread: how many of the replications are done. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progressed(int done, int total);
}
