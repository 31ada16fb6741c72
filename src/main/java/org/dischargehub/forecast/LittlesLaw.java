package org.dischargehub.forecast;

/**
 * Little's law L = λW checked on a run, for the queue (people waiting at the end of a day against admissions a
 * day times the mean delay) and for the places (in use against admissions a day times the mean stay). The
 * counts make both exact identities apart from people who cross the ends of the horizon, so a large gap means
 * the bookkeeping is wrong or the horizon is short against the waits and stays.
 */
public record LittlesLaw(double queueLength, double queueRateTimesWait, double inService,
        double admissionRateTimesStay) {

    public double queueGap() {
        return gap(queueLength, queueRateTimesWait);
    }

    public double inServiceGap() {
        return gap(inService, admissionRateTimesStay);
    }

    private static double gap(double observed, double predicted) {
        if (observed == 0 && predicted == 0) {
            return 0;
        }
        return Math.abs(observed - predicted) / Math.max(observed, predicted);
    }
}
