package org.dischargehub.forecast;

/**
 * The quick estimate beside the simulation: utilisation ρ = λ·E[S]/c; when ρ < 1 the mean wait from Erlang C
 * (M/M/c) scaled by the Lee–Longton factor (ca² + cs²)/2 for stays that are not exponential (ca² = 1 for Poisson
 * referrals), the mean queue and mean places in use from Little's law. When ρ ≥ 1, or there are no places at all,
 * there is no steady state: the queue grows without end (or never moves), and wait and queue are null.
 */
public record SteadyState(double arrivalsPerDay, double meanStayDays, int places, double utilisation,
        boolean steady, Double waitDays, Double queueLength, double inService) {

    public static SteadyState estimate(double arrivalsPerDay, StayDistribution stay, int places) {
        double offered = arrivalsPerDay * stay.mean();
        double utilisation = places == 0 ? (offered > 0 ? Double.POSITIVE_INFINITY : 0) : offered / places;
        if (places == 0 || !(utilisation < 1)) {
            return new SteadyState(arrivalsPerDay, stay.mean(), places, utilisation, false, null, null, places);
        }
        double wait = ErlangC.meanWait(places, offered, stay.mean()) * (1 + stay.scv()) / 2;
        return new SteadyState(arrivalsPerDay, stay.mean(), places, utilisation, true, wait,
                arrivalsPerDay * wait, offered);
    }
}
