package org.dischargehub.fhir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of output a referral's Task carries back to the hospital (fhir/design.md, section 3). */
final class TaskOutputs {

    static final String PATHWAY = "pathway";
    static final String BED_TYPE = "bed-type";
    static final String HOURS_PER_WEEK = "hours-per-week";
    static final String START_DATE = "start-date";
    static final String ALLOCATED_BED = "allocated-bed";
    static final String ALLOCATED_SERVICE = "allocated-service";
    static final String DISCHARGED_ON = "discharged-on";
    static final String FUNDED_PERIOD = "funded-period";
    static final String FUNDING_OUTCOME = "funding-outcome";
    static final String CLOSE_OUTCOME = "close-outcome";

    static final Map<String, String> CODES = codes();

    private TaskOutputs() {
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(PATHWAY, "The discharge pathway the MDT chose");
        codes.put(BED_TYPE, "The kind of bed the person needs");
        codes.put(HOURS_PER_WEEK, "The home-care hours a week the person needs");
        codes.put(START_DATE, "The day the care is to start");
        codes.put(ALLOCATED_BED, "The community bed held for the person");
        codes.put(ALLOCATED_SERVICE, "The home-care service that accepted the package");
        codes.put(DISCHARGED_ON, "The day the person left hospital");
        codes.put(FUNDED_PERIOD, "The funded discharge-to-assess period");
        codes.put(FUNDING_OUTCOME, "Who funds the person's care after the funded period");
        codes.put(CLOSE_OUTCOME, "How the episode ended");
        return Collections.unmodifiableMap(codes);
    }
}
