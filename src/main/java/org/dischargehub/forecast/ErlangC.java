package org.dischargehub.forecast;

/** The M/M/c queue: the chance an arrival waits and the mean wait, computed through Erlang B's stable recursion. */
final class ErlangC {

    private ErlangC() {
    }

    /** P(wait) with {@code servers} servers and offered load {@code offered} = λ·E[S] erlangs, offered < servers. */
    static double probabilityOfWaiting(int servers, double offered) {
        if (servers < 1 || !(offered >= 0) || offered >= servers) {
            throw new IllegalArgumentException("Erlang C needs at least one server and a load below the servers");
        }
        double blocking = 1;
        for (int k = 1; k <= servers; k++) {
            blocking = offered * blocking / (k + offered * blocking);
        }
        return servers * blocking / (servers - offered * (1 - blocking));
    }

    /** Mean wait in the units of {@code meanService}: C(c, a)·E[S]/(c − a). */
    static double meanWait(int servers, double offered, double meanService) {
        return probabilityOfWaiting(servers, offered) * meanService / (servers - offered);
    }
}
