package org.dischargehub.forecast;

/** What one replication of one stream reports as it runs; days are simulated days, warm-up included. */
interface Recorder {

    void arrived(int day, int count);

    /** {@code count} people admitted on {@code day} after waiting {@code delay} days, staying {@code staySum} in all. */
    void admitted(int day, int delay, int count, long staySum);

    void endOfDay(int day, int queue, int inService);

    /** People still waiting when the horizon ends, having waited {@code waited} days so far. */
    void stillWaiting(int waited, int count);
}
